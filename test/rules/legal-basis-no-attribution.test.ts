import { ruleTable } from './helpers.js';

ruleTable('legal-basis-no-attribution', {
  "valid": [
    {
      "name": "reference notice"
    },
    {
      "name": "attribution only in the text",
      "edits": [
        {
          "from": "  attribution:\n",
          "to": "",
          "until": "  dataProtection:"
        }
      ]
    }
  ],
  "invalid": [
    {
      "name": "only a manual and data-protection law",
      "edits": [
        {
          "from": "  attribution:\n",
          "to": "",
          "until": "  dataProtection:"
        },
        {
          "from": "Artículos 4, fracción III,",
          "to": "Numeral 4 del Manual de Organización;",
          "until": "6o., apartado A"
        }
      ],
      "pointer": "/legalBasis",
      "line": {
        "needle": "legalBasis:"
      },
      "messageIncludes": "atribución"
    }
  ]
});
