import { ruleTable } from './helpers.js';

ruleTable('transfer-consent-basis-missing', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "public transfer with no exception",
      "edits": [
        {
          "from": "      exceptions:\n        - { law: LGPDPPSO-2025, article: 64, fraction: I }\n",
          "to": ""
        }
      ],
      "pointer": "/transfers/items/0/consentRequired",
      "line": {
        "needle": "consentRequired: false"
      }
    }
  ]
});
