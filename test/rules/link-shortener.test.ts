import { ruleTable } from './helpers.js';

ruleTable('link-shortener', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "bit.ly integral URL",
      "edits": [
        {
          "from": "integralUrl: https://salud.valleverde.gob.mx/avisos-privacidad/vacunacion-escolar",
          "to": "integralUrl: https://bit.ly/3xYz"
        }
      ],
      "pointer": "/publication/integralUrl",
      "line": {
        "needle": "integralUrl:"
      }
    }
  ]
});
