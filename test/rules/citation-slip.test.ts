import { ruleTable } from './helpers.js';

ruleTable('citation-slip', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "artículo 60 apartado A in the text",
      "edits": [
        {
          "from": "6o., apartado A, y 16,",
          "to": "60 apartado A, y 16,"
        }
      ],
      "pointer": "/legalBasis/text",
      "line": {
        "needle": "text: >-",
        "after": "legalBasis:"
      }
    },
    {
      "name": "article 60 in structured provisions",
      "edits": [
        {
          "from": "{ article: 6o, apartado: A }",
          "to": "{ article: \"60\", apartado: A }"
        }
      ],
      "pointer": "/legalBasis/dataProtection/0/provisions/0/article",
      "line": {
        "needle": "article: \"60\""
      }
    }
  ]
});
