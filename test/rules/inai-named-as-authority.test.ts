import { ruleTable } from './helpers.js';

ruleTable('inai-named-as-authority', {
  "valid": [
    {
      "name": "reference notice"
    },
    {
      "name": "a historical audit under the 2017 law does not run it",
      "edits": [
        {
          "from": "ante la Autoridad garante del Estado de Valle Verde",
          "to": "ante el INAI"
        }
      ],
      "options": {
        "asOf": "2024-06-30"
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
