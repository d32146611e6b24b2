import { ruleTable } from './helpers.js';

ruleTable('link-insecure', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "http PNT link",
      "edits": [
        {
          "from": "url: https://www.plataformadetransparencia.org.mx",
          "to": "url: http://www.plataformadetransparencia.org.mx"
        }
      ],
      "pointer": "/rights/channels/1/url",
      "line": {
        "needle": "http://www.plataformadetransparencia"
      }
    }
  ]
});
