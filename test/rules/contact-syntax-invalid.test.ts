import { ruleTable } from './helpers.js';

ruleTable('contact-syntax-invalid', {
  "valid": [
    {
      "name": "reference notice"
    },
    {
      "name": "a Markdown mailto link",
      "edits": [
        {
          "from": "privacidad@salud.valleverde.gob.mx antes",
          "to": "[privacidad@salud.valleverde.gob.mx](mailto:privacidad@salud.valleverde.gob.mx) antes"
        }
      ]
    },
    {
      "name": "a country-code or generic top-level domain",
      "edits": [
        {
          "from": "privacidad@salud.valleverde.gob.mx antes",
          "to": "privacidad@salud.valleverde.gob.mx o https://www.valleverde.org antes"
        }
      ]
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
