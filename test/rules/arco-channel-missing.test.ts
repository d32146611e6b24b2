import { ruleTable } from './helpers.js';

ruleTable('arco-channel-missing', {
  "valid": [
    {
      "name": "reference notice"
    },
    {
      "name": "procedure URL instead of channels",
      "edits": [
        {
          "from": "  channels:\n    - kind: written",
          "to": "  procedureUrl: https://salud.valleverde.gob.mx/arco\n",
          "until": "  requirements:"
        }
      ]
    }
  ],
  "invalid": [
    {
      "name": "no channels",
      "edits": [
        {
          "from": "  channels:\n    - kind: written",
          "to": "",
          "until": "  requirements:"
        }
      ],
      "pointer": "/rights",
      "line": {
        "needle": "rights:\n  text"
      }
    }
  ]
});
