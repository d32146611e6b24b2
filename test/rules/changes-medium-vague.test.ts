import { ruleTable } from './helpers.js';

ruleTable('changes-medium-vague', {
  "valid": [
    {
      "name": "reference notice"
    },
    {
      "name": "URL in the text",
      "edits": [
        {
          "from": "changes:\n  text:",
          "to": "changes:\n  text: Los cambios se publican en https://salud.ejemplo.gob.mx/avisos-privacidad\n",
          "until": "publication:"
        }
      ]
    }
  ],
  "invalid": [
    {
      "name": "en esta misma sección",
      "edits": [
        {
          "from": "changes:\n  text:",
          "to": "changes:\n  text: Los cambios se publicarán en esta misma sección.\n",
          "until": "publication:"
        }
      ],
      "pointer": "/changes/text",
      "line": {
        "needle": "en esta misma sección"
      }
    },
    {
      "name": "no medium at all",
      "edits": [
        {
          "from": "changes:\n  text:",
          "to": "changes:\n  text: Los cambios se comunicarán oportunamente.\n",
          "until": "publication:"
        }
      ],
      "pointer": "/changes",
      "line": {
        "needle": "changes:"
      }
    }
  ]
});
