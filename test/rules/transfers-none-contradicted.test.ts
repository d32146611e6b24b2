import { ruleTable } from './helpers.js';

ruleTable('transfers-none-contradicted', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "none with items",
      "edits": [
        {
          "from": "transfers:\n",
          "to": "transfers:\n  none: true\n"
        }
      ],
      "pointer": "/transfers/none",
      "line": {
        "needle": "none: true"
      }
    },
    {
      "name": "none with data from another authority",
      "edits": [
        {
          "from": "transfers:\n",
          "to": "transfers:\n  none: true\n"
        },
        {
          "from": "        source: representative\n",
          "to": "        source: other-authority\n        sourceDetail: Registro Nacional de Población\n",
          "after": "- id: curp"
        }
      ],
      "pointer": "/activities/0/data/1/source",
      "line": {
        "needle": "source: other-authority"
      },
      "count": 2
    }
  ]
});
