import { ruleTable } from './helpers.js';

ruleTable('purpose-beyond-service-unmarked', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "quality survey with its kind unstated: the message does not say it is marked primary",
      "edits": [
        {
          "from": "        text: Dar seguimiento a las reacciones posteriores a la vacunación.\n        type: primary\n",
          "to": "        text: Realizar encuestas de calidad del servicio.\n"
        }
      ],
      "pointer": "/activities/0/purposes/1/text",
      "line": {
        "needle": "text: Realizar encuestas de calidad"
      },
      "messageIncludes": "no la distingue como secundaria"
    },
    {
      "name": "quality survey marked primary",
      "edits": [
        {
          "from": "text: Dar seguimiento a las reacciones posteriores a la vacunación.",
          "to": "text: Realizar encuestas de calidad del servicio."
        }
      ],
      "pointer": "/activities/0/purposes/1/type",
      "line": {
        "needle": "type: primary",
        "after": "encuestas de calidad"
      },
      "messageIncludes": "encuesta"
    },
    {
      "name": "messages about other services in a data use",
      "edits": [
        {
          "from": "        source: representative\n",
          "to": "        source: representative\n        use: Identificar a la persona y enviar mensajes informativos de otros trámites.\n",
          "after": "- id: curp"
        }
      ],
      "pointer": "/activities/0/data/1/use",
      "line": {
        "needle": "use: Identificar"
      }
    }
  ]
});
