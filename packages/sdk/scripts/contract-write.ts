// Writes packages/sdk/openapi.json from the service's code, then the types generated from it.
import { DOCUMENT_FILE, generateTypes, produceDocument, TYPES_FILE, writeFile } from './contract.js';

const document = await produceDocument();
writeFile(DOCUMENT_FILE, document);
writeFile(TYPES_FILE, await generateTypes(document));
console.log(`wrote ${DOCUMENT_FILE}\nwrote ${TYPES_FILE}`);
