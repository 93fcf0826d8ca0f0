import { actionsRegister } from './actions-register';
import { assetsRegister } from './assets-register';
import { incidentsRegister } from './incidents-register';
import { maturityRegister } from './maturity-register';
import type { ListRegisterKey, RegisterDefinition } from './register-definition';
import { riskAnalysesRegister } from './risk-analyses-register';
import { risksRegister } from './risks-register';
import { systemsRegister } from './systems-register';

/** Every list register the web part can show, by its property pane key (the roles register is derived: ./roles/). */
export const REGISTERS: { readonly [K in ListRegisterKey]: RegisterDefinition<never> } = {
  assets: assetsRegister as unknown as RegisterDefinition<never>,
  systems: systemsRegister as unknown as RegisterDefinition<never>,
  risks: risksRegister as unknown as RegisterDefinition<never>,
  riskAnalyses: riskAnalysesRegister as unknown as RegisterDefinition<never>,
  incidents: incidentsRegister as unknown as RegisterDefinition<never>,
  actions: actionsRegister as unknown as RegisterDefinition<never>,
  maturity: maturityRegister as unknown as RegisterDefinition<never>
};
