import { ruleTable } from './helpers.js';

ruleTable('refusal-timing-unstated', {
  "valid": [
    {
      "name": "reference notice"
    },
    {
      "name": "ARCO-only mechanisms are left to refusal-only-arco-opposition",
      "edits": [
        {
          "from": "      beforeProcessing: true\n",
          "to": ""
        },
        {
          "from": "viaArcoOpposition: false",
          "to": "viaArcoOpposition: true"
        }
      ]
    }
  ],
  "invalid": [
    {
      "name": "beforeProcessing omitted",
      "edits": [
        {
          "from": "      beforeProcessing: true\n",
          "to": ""
        }
      ],
      "pointer": "/refusal/mechanisms/0",
      "line": {
        "needle": "- id: casilla-registro"
      }
    }
  ]
});
