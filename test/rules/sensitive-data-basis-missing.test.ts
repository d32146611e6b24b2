import { ruleTable } from './helpers.js';

ruleTable('sensitive-data-basis-missing', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "no basis",
      "edits": [
        {
          "from": "    sensitiveDataBasis:\n",
          "to": "",
          "until": "legalBasis:"
        }
      ],
      "pointer": "/activities/0/data",
      "line": {
        "needle": "    data:"
      }
    },
    {
      "name": "not-required without exception",
      "edits": [
        {
          "from": "      consent: express-written\n",
          "to": "      consent: not-required\n",
          "until": "legalBasis:"
        }
      ],
      "pointer": "/activities/0/sensitiveDataBasis",
      "line": {
        "needle": "sensitiveDataBasis:"
      }
    }
  ]
});
