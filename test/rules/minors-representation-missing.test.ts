import { ruleTable } from './helpers.js';

ruleTable('minors-representation-missing', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "includesMinors without representation",
      "edits": [
        {
          "from": "  representation: >-",
          "to": "",
          "until": "collection:"
        },
        {
          "from": "  identity: Identificación oficial vigente; para menores",
          "to": "  identity: Identificación oficial vigente.\n  x: y",
          "until": "\n  deadlines:"
        }
      ],
      "pointer": "/dataSubjects/includesMinors",
      "line": {
        "needle": "includesMinors: true"
      }
    },
    {
      "name": "minors found in the text",
      "edits": [
        {
          "from": "  representation: >-",
          "to": "",
          "until": "collection:"
        },
        {
          "from": "  includesMinors: true\n",
          "to": ""
        },
        {
          "from": "  identity: Identificación oficial vigente; para menores",
          "to": "  identity: Identificación oficial vigente.\n  x: y",
          "until": "\n  deadlines:"
        }
      ],
      "pointer": "/dataSubjects/description",
      "line": {
        "needle": "Niñas, niños"
      }
    }
  ]
});
