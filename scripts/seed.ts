/** npm run seed — seeds the demo chain through a running gateway (GATEWAY_PORT) into an empty platform. */
import { loadConfig } from '@chainlift/platform';
import { fatal, say } from './lib/say';
import { seedDemo } from './seed/seed-demo';

const config = loadConfig();
seedDemo(`http://${config.gateway.host}:${config.gateway.port}/graphql`, say).catch(fatal);
