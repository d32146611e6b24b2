import { ruleTable } from './helpers.js';

ruleTable('refusal-only-arco-opposition', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "ARCO opposition only",
      "edits": [
        {
          "from": "viaArcoOpposition: false",
          "to": "viaArcoOpposition: true"
        }
      ],
      "pointer": "/refusal/mechanisms/0",
      "line": {
        "needle": "- id: casilla-registro"
      },
      "count": 2,
      "messageIncludes": "oposición"
    }
  ]
});
