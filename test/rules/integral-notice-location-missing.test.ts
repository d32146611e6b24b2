import { ruleTable } from './helpers.js';

ruleTable('integral-notice-location-missing', {
  "valid": [
    {
      "name": "reference notice"
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
    }
  ]
});
