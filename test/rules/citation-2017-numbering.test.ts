import { ruleTable } from './helpers.js';

ruleTable('citation-2017-numbering', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "2017 protective-provisions list",
      "edits": [
        {
          "from": "y 16, fracciones\n    VII y IX, 20, 21 y 22 de la Ley General",
          "to": "y 16, 17, 18, 31, 32, 33 y 42 de la Ley General"
        }
      ],
      "pointer": "/legalBasis/text",
      "line": {
        "needle": "16, 17, 18",
        "after": "legalBasis:"
      },
      "messageIncludes": "10–13"
    }
  ]
});
