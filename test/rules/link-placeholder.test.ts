import { ruleTable } from './helpers.js';

ruleTable('link-placeholder', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "# link in the text",
      "edits": [
        {
          "from": "en la dirección de abajo",
          "to": "en [esta página](#)"
        }
      ],
      "pointer": "/changes/text",
      "line": {
        "needle": "esta página"
      }
    }
  ]
});
