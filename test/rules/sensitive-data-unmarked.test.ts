import { ruleTable } from './helpers.js';

ruleTable('sensitive-data-unmarked', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "health category not marked",
      "edits": [
        {
          "from": "        sensitive: true\n",
          "to": ""
        }
      ],
      "pointer": "/activities/0/data/4/category",
      "line": {
        "needle": "category: health"
      }
    },
    {
      "name": "diagnosis by name",
      "edits": [
        {
          "from": "name: Escuela, grado y grupo",
          "to": "name: Diagnóstico de discapacidad"
        }
      ],
      "pointer": "/activities/0/data/2/name",
      "line": {
        "needle": "Diagnóstico de discapacidad"
      },
      "messageIncludes": "diagnostico"
    }
  ]
});
