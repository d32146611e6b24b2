import { ruleTable } from './helpers.js';

ruleTable('transparency-unit-address-incomplete', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "no municipality",
      "edits": [
        {
          "from": "    municipality: San Isidro\n",
          "to": "",
          "after": "transparencyUnit:"
        }
      ],
      "pointer": "/transparencyUnit/address",
      "line": {
        "needle": "address:",
        "after": "transparencyUnit:"
      },
      "messageIncludes": "alcaldía o municipio"
    }
  ]
});
