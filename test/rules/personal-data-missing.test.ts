import { ruleTable } from './helpers.js';

ruleTable('personal-data-missing', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "activity with data: []",
      "edits": [
        {
          "from": "legalBasis:\n",
          "to": "  - title: Consulta de la cartilla\n    data: []\n    purposes:\n      - text: Consultar la cartilla de vacunación.\n        type: primary\nlegalBasis:\n"
        }
      ],
      "pointer": "/activities/1/data",
      "line": {
        "needle": "data: []"
      }
    }
  ]
});
