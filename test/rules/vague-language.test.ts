import { ruleTable } from './helpers.js';

ruleTable('vague-language', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "entre otros",
      "edits": [
        {
          "from": "con acceso restringido al personal",
          "to": "entre otros, con acceso restringido al personal"
        }
      ],
      "pointer": "/collection/storage",
      "line": {
        "needle": "storage:"
      },
      "messageIncludes": "entre otros"
    },
    {
      "name": "two phrases in one field",
      "edits": [
        {
          "from": "con acceso restringido al personal",
          "to": "y/o en papel, etc., con acceso restringido al personal"
        }
      ],
      "pointer": "/collection/storage",
      "line": {
        "needle": "storage:"
      },
      "count": 2
    }
  ]
});
