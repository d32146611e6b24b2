import { ruleTable } from './helpers.js';

ruleTable('portability-info-missing', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "no portability",
      "edits": [
        {
          "from": "rights: [access, rectification, cancellation, opposition, portability]",
          "to": "rights: [access, rectification, cancellation, opposition]"
        },
        {
          "from": "  portability: Si sus datos",
          "to": "",
          "until": "transparencyUnit:"
        }
      ],
      "pointer": "/rights",
      "line": {
        "needle": "rights:\n  text"
      }
    }
  ]
});
