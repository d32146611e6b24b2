import { ruleTable } from './helpers.js';

ruleTable('arco-procedure-incomplete', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "no deadlines nor fees",
      "edits": [
        {
          "from": "  deadlines:\n",
          "to": "",
          "until": "  reviewRemedy:"
        }
      ],
      "pointer": "/rights",
      "line": {
        "needle": "rights:\n  text"
      },
      "count": 2
    }
  ]
});
