import { ruleTable } from './helpers.js';

ruleTable('transfers-none-contradicted', {
  "valid": [
    {
      "name": "reference notice"
    },
    {
      "name": "none, with data received from another authority (not sent to it)",
      "edits": [
        { "from": "transfers:\n", "to": "transfers:\n  none: true\n" },
        { "from": "  statement: Sus datos se transfieren únicamente en los casos que se enumeran a continuación.\n", "to": "" },
        { "from": "  items:\n", "until": "  confidentiality:", "to": "", "after": "transfers:" },
        { "from": "        source: representative\n", "to": "        source: other-authority\n        sourceDetail: Registro Nacional de Población\n", "after": "- id: curp" }
      ]
    },
    {
      "name": "none, sharing with the controller's own areas",
      "edits": [
        { "from": "transfers:\n", "to": "transfers:\n  none: true\n" },
        { "from": "  items:\n", "until": "  confidentiality:", "to": "", "after": "transfers:" },
        { "from": "  storage: Expediente", "to": "  storage: Sus datos se compartirán con las áreas de la Secretaría que intervienen en la vacunación. Expediente" }
      ]
    }
  ],
  "invalid": [
    {
      "name": "none with items",
      "edits": [
        {
          "from": "transfers:\n",
          "to": "transfers:\n  none: true\n"
        }
      ],
      "pointer": "/transfers/none",
      "line": {
        "needle": "none: true"
      }
    },
    {
      "name": "none with data from another authority",
      "edits": [
        {
          "from": "transfers:\n",
          "to": "transfers:\n  none: true\n"
        },
        {
          "from": "        source: representative\n",
          "to": "        source: other-authority\n        sourceDetail: Validación de la CURP ante el Registro Nacional de Población\n",
          "after": "- id: curp"
        }
      ],
      "pointer": "/activities/0/data/1/source",
      "line": {
        "needle": "source: other-authority"
      },
      "count": 2
    },
    {
      "name": "none, but the text says data are sent to another authority",
      "edits": [
        {
          "from": "transfers:\n",
          "to": "transfers:\n  none: true\n"
        },
        {
          "from": "  storage: Expediente de vacunación",
          "to": "  storage: Sus datos se enviarán a la Secretaría de Educación del Estado para actualizar el expediente escolar. Expediente de vacunación"
        }
      ],
      "pointer": "/collection/storage",
      "line": {
        "needle": "storage:"
      },
      "count": 2,
      "messageIncludes": "Secretaría de Educación"
    }
  ]
});
