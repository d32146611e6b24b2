import { ruleTable } from './helpers.js';

ruleTable('refusal-mechanism-missing', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "reference to an unknown mechanism",
      "edits": [
        {
          "from": "        refusal: [casilla-registro]",
          "to": "        refusal: [otra]"
        }
      ],
      "pointer": "/activities/0/purposes/3/refusal",
      "line": {
        "needle": "refusal: [otra]"
      }
    },
    {
      "name": "mechanism not available before processing",
      "edits": [
        {
          "from": "beforeProcessing: true",
          "to": "beforeProcessing: false"
        }
      ],
      "pointer": "/refusal/mechanisms/0/beforeProcessing",
      "line": {
        "needle": "beforeProcessing: false"
      }
    },
    {
      "name": "no mechanism at all",
      "edits": [
        {
          "from": "        refusal: [casilla-registro]\n",
          "to": ""
        },
        {
          "from": "      refusal: [casilla-registro]\n",
          "to": ""
        },
        {
          "from": "refusal:\n  text: >-",
          "to": "",
          "until": "rights:\n"
        }
      ],
      "pointer": "/activities/0/purposes/3",
      "line": {
        "needle": "- id: recordatorios"
      },
      "count": 2,
      "messageIncludes": "recordatorios"
    }
  ]
});
