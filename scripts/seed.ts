/** npm run seed — registers the demo chain through a running gateway (GATEWAY_PORT). */
import { loadConfig } from '../services/platform/src/config';
import { fatal, say } from './lib/say';
import { seedDemo } from './seed/seed-demo';

const config = loadConfig();
seedDemo(`http://${config.gateway.host}:${config.gateway.port}/graphql`, say).catch(fatal);
