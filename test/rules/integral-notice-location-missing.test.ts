import { ruleTable } from './helpers.js';

ruleTable('integral-notice-location-missing', {
  "valid": [
    {
      "name": "reference notice"
    },
    {
      "name": "a pair in a workspace with a base URL: the build publishes the integral page and links it",
      "edits": [
        {
          "from": "publication:\n",
          "to": "",
          "until": "cookies:"
        }
      ],
      "options": { "baseUrl": "https://salud.valleverde.gob.mx/avisos-privacidad/" }
    },
    {
      "name": "physical place only",
      "edits": [
        {
          "from": "  integralUrl: https://salud.valleverde.gob.mx/avisos-privacidad/vacunacion-escolar\n",
          "to": ""
        }
      ]
    }
  ],
  "invalid": [
    {
      "name": "no publication block",
      "edits": [
        {
          "from": "publication:\n",
          "to": "",
          "until": "cookies:"
        }
      ],
      "pointer": "",
      "line": {
        "needle": "id: ejemplo"
      }
    },
    {
      "name": "a simplified-only notice must say where its integral is, base URL or not",
      "edits": [
        {
          "from": "publication:\n",
          "to": "",
          "until": "cookies:"
        },
        {
          "from": "title: Aviso de Privacidad Integral",
          "to": "kind: simplified\ntitle: Aviso de Privacidad Integral"
        }
      ],
      "options": { "baseUrl": "https://salud.valleverde.gob.mx/avisos-privacidad/" },
      "pointer": "",
      "line": {
        "needle": "id: ejemplo"
      }
    }
  ]
});
