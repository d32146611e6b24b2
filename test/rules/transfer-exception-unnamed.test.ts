import { ruleTable } from './helpers.js';

ruleTable('transfer-exception-unnamed', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "exception without citations",
      "edits": [
        {
          "from": "transfers:\n",
          "to": "transfers:\n  exceptions:\n    - description: Requerimientos de autoridad competente\n"
        }
      ],
      "pointer": "/transfers/exceptions/0",
      "line": {
        "needle": "- description: Requerimientos"
      }
    },
    {
      "name": "salvo without exceptions",
      "edits": [
        {
          "from": "statement: Sus datos se transfieren únicamente en los casos que se enumeran a continuación.",
          "to": "statement: No se realizan transferencias, salvo las necesarias para atender requerimientos de autoridad."
        }
      ],
      "pointer": "/transfers/statement",
      "line": {
        "needle": "statement: No se"
      }
    }
  ]
});
