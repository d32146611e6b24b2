import { ruleTable } from './helpers.js';

ruleTable('controller-name-not-entity', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "an app name",
      "edits": [
        {
          "from": "name: Secretaría de Salud del Estado de Valle Verde\n  shortName",
          "to": "name: Aplicación Vacunación Escolar\n  shortName"
        }
      ],
      "pointer": "/controller/name",
      "line": {
        "needle": "name: Aplicación"
      }
    }
  ]
});
