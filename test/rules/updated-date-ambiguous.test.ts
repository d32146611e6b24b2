import { ruleTable } from './helpers.js';

ruleTable('updated-date-ambiguous', {
  "valid": [
    {
      "name": "reference notice"
    },
    {
      "name": "month-only with declared law",
      "edits": [
        {
          "from": "updated: 2025-09-15",
          "to": "updated: 2025-03"
        }
      ]
    }
  ],
  "invalid": [
    {
      "name": "2025-03 without law",
      "edits": [
        {
          "from": "law: LGPDPPSO-2025\n",
          "to": ""
        },
        {
          "from": "updated: 2025-09-15",
          "to": "updated: 2025-03"
        }
      ],
      "pointer": "/updated",
      "line": {
        "needle": "updated:"
      }
    }
  ]
});
