import { ruleTable } from './helpers.js';

ruleTable('updated-date-future', {
  "valid": [
    {
      "name": "reference notice"
    },
    {
      "name": "today after the date",
      "edits": [
        {
          "from": "updated: 2025-09-15",
          "to": "updated: 2026-01-10"
        }
      ],
      "options": {
        "today": "2026-02-01"
      }
    }
  ],
  "invalid": [
    {
      "name": "date after today",
      "edits": [
        {
          "from": "updated: 2025-09-15",
          "to": "updated: 2026-01-10"
        }
      ],
      "pointer": "/updated",
      "line": {
        "needle": "updated:"
      }
    }
  ]
});
