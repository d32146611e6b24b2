import { ruleTable } from './helpers.js';

ruleTable('inai-named-as-authority', {
  "valid": [
    {
      "name": "reference notice"
    },
    {
      "name": "2017 ruleset does not run it",
      "edits": [
        {
          "from": "ante la Autoridad garante del Estado de Valle Verde",
          "to": "ante el INAI"
        }
      ],
      "options": {
        "ruleset": "lgpdppso-2017"
      }
    }
  ],
  "invalid": [
    {
      "name": "INAI in the review remedy",
      "edits": [
        {
          "from": "ante la Autoridad garante del Estado de Valle Verde",
          "to": "ante el INAI"
        }
      ],
      "pointer": "/rights/reviewRemedy",
      "line": {
        "needle": "reviewRemedy:"
      }
    }
  ]
});
