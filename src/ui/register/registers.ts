import { assetsRegister } from './assets-register';
import type { RegisterDefinition, RegisterKey } from './register-definition';
import { risksRegister } from './risks-register';
import { systemsRegister } from './systems-register';

/** Every register the web part can show, by its property pane key. */
export const REGISTERS: { readonly [K in RegisterKey]: RegisterDefinition<never> } = {
  assets: assetsRegister as unknown as RegisterDefinition<never>,
  systems: systemsRegister as unknown as RegisterDefinition<never>,
  risks: risksRegister as unknown as RegisterDefinition<never>
};
