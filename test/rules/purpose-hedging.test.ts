import { ruleTable } from './helpers.js';

ruleTable('purpose-hedging', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "podrán",
      "edits": [
        {
          "from": "text: Aplicar las vacunas del esquema",
          "to": "text: Podrán aplicarse las vacunas del esquema"
        }
      ],
      "pointer": "/activities/0/purposes/0/text",
      "line": {
        "needle": "Podrán aplicarse"
      }
    }
  ]
});
