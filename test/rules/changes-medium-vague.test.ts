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
          "to": "changes:\n  text: Los cambios se publican en https://salud.valleverde.gob.mx/avisos-privacidad\n",
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
      "name": "oportunamente, with no medium",
      "edits": [
        {
          "from": "changes:\n  text:",
          "to": "changes:\n  text: Los cambios se comunicarán oportunamente.\n",
          "until": "publication:"
        }
      ],
      "pointer": "/changes/text",
      "line": {
        "needle": "oportunamente"
      }
    },
    {
      "name": "our web portal, without its address",
      "edits": [
        {
          "from": "changes:\n  text:",
          "to": "changes:\n  text: >-\n    Los cambios a este aviso se darán a conocer\n    en nuestro portal de internet.\n  channels:\n    - kind: web\n      label: Portal institucional\n",
          "until": "publication:"
        }
      ],
      "pointer": "/changes/text",
      "line": {
        "needle": "en nuestro portal de internet"
      },
      "messageIncludes": "en nuestro portal de internet"
    },
    {
      "name": "no medium at all",
      "edits": [
        {
          "from": "changes:\n  text:",
          "to": "changes:\n  text: Los cambios se comunicarán a las personas titulares.\n",
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
