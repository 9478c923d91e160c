import { call } from '../api';
import { createController } from './controller';
import { useConfigurator } from './store';

/** The app's controller over the app's store and the real bridge. */
export const actions = createController(useConfigurator, call);
