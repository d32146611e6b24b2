import { ruleTable } from './helpers.js';

ruleTable('contact-syntax-invalid', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "e-mail without domain",
      "edits": [
        {
          "from": "privacidad@salud.valleverde.gob.mx antes",
          "to": "privacidad@salud antes"
        }
      ],
      "pointer": "/refusal/mechanisms/0/description",
      "line": {
        "needle": "description: >-",
        "after": "- id: casilla-registro"
      }
    }
  ]
});
