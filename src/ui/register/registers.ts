import { assetsRegister } from './assets-register';
import type { ListRegisterKey, RegisterDefinition } from './register-definition';
import { risksRegister } from './risks-register';
import { systemsRegister } from './systems-register';

/** Every list register the web part can show, by its property pane key (the roles register is derived: ./roles/). */
export const REGISTERS: { readonly [K in ListRegisterKey]: RegisterDefinition<never> } = {
  assets: assetsRegister as unknown as RegisterDefinition<never>,
  systems: systemsRegister as unknown as RegisterDefinition<never>,
  risks: risksRegister as unknown as RegisterDefinition<never>
};
