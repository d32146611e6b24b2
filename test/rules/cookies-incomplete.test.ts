import { ruleTable } from './helpers.js';

ruleTable('cookies-incomplete', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "non-essential cookie without opt-out",
      "edits": [
        {
          "from": "  optOut: El aviso de cookies del registro permite rechazar la cookie de medición; también puede borrarla desde su navegador.\n",
          "to": ""
        }
      ],
      "pointer": "/cookies/items/1",
      "line": {
        "needle": "- name: medicion"
      }
    },
    {
      "name": "cookies used, none listed",
      "edits": [
        {
          "from": "  items:\n    - name: sesion",
          "to": "",
          "until": "  optOut:"
        }
      ],
      "pointer": "/cookies/used",
      "line": {
        "needle": "used: true"
      }
    }
  ]
});
