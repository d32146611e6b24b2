import { ruleTable } from './helpers.js';

ruleTable('purposes-missing', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "activity with purposes: []",
      "edits": [
        {
          "from": "legalBasis:\n",
          "to": "  - title: Consulta de la cartilla\n    data:\n      - name: Folio de la cartilla\n        category: identification\n    purposes: []\nlegalBasis:\n"
        }
      ],
      "pointer": "/activities/1/purposes",
      "line": {
        "needle": "purposes: []"
      }
    }
  ]
});
