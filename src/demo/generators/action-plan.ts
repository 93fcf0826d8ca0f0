import type { ActionPlanItem } from '../../domain/actions/action-plan-item';
import { isoDate, type IsoDate } from '../../domain/shared/calendar';
import { CURRENT_ACTION_PLAN, SEED_ACTION_PLAN, type ActionBlueprint, type Responsible } from '../catalogue/action-plans';
import { UNIT_PATHS } from '../catalogue/unit-paths';
import { DEMO_PERSONAS } from '../demo-personas';
import type { DemoContext } from '../demo-context';
import { addDays, addMonths, yearOfDate } from '../demo-dates';
import type { DemoStaff } from './staff';
import type { DemoOrganisation } from './units';

/**
 * R-ACT: the seed's 2021–2022 action plan as it ended (several activities never finished) and
 * the current plan around asOf, plus the activity of getting the new "Fördelning av ansvar"
 * signed — some items past their end date and not done, as of any asOf. Plans are not scaled.
 */
export function generateActionPlan(context: DemoContext, organisation: DemoOrganisation, staff: DemoStaff): ActionPlanItem[] {
  const { asOf } = context;
  const year = yearOfDate(asOf);
  const chief = (path: readonly string[]): string | undefined => staff.currentChiefUp(organisation.resolve(path).unit.id);
  const responsibleOf = (responsible: Responsible): string | undefined => {
    switch (responsible) {
      case 'forvaltningschef-hos':
        return chief(UNIT_PATHS.hos);
      case 'regionstabschef':
        return chief(UNIT_PATHS.regionstaben);
      case 'omradeschef':
        return DEMO_PERSONAS.informationOwner.email;
      case 'objektagare':
        return DEMO_PERSONAS.systemOwner.email;
      case 'samordnare':
        return DEMO_PERSONAS.securityCoordinator.email;
      case 'ciso':
        return DEMO_PERSONAS.ciso.email;
      case 'regiondirektor':
        return DEMO_PERSONAS.regionDirector.email;
      case 'it-chef':
        return chief(UNIT_PATHS.itDrift);
    }
  };
  const item = (index: number, blueprint: ActionBlueprint, startsOn: IsoDate, endsOn: IsoDate): ActionPlanItem => ({
    id: `act-${String(index + 1).padStart(4, '0')}`,
    activity: blueprint.activity,
    targetGroup: blueprint.targetGroup,
    metric: blueprint.metric,
    startsOn,
    endsOn,
    responsibleEmail: responsibleOf(blueprint.responsible),
    contactEmail: DEMO_PERSONAS.securityCoordinator.email,
    goal: blueprint.goal,
    status: blueprint.status,
    progressPercent: blueprint.progressPercent
  });
  const on = ([offset, month, day]: readonly [number, number, number]): IsoDate => isoDate(`${year + offset}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

  const items = SEED_ACTION_PLAN.map((blueprint, index) => item(index, blueprint, isoDate(blueprint.startsOn), isoDate(blueprint.endsOn)));
  CURRENT_ACTION_PLAN.forEach((blueprint) => items.push(item(items.length, blueprint, on(blueprint.starts), on(blueprint.ends))));
  // Getting the current "Fördelning av ansvar" signed: due two months after its publication, four months before asOf.
  const published = addMonths(asOf, -4);
  items.push(
    item(
      items.length,
      {
        activity: 'Samtliga rollinnehavare och chefer bekräftar mottagandet av den nya versionen av Fördelning av ansvar.',
        targetGroup: 'Rollinnehavare och chefer',
        metric: 'Andel rollinnehavare och chefer som bekräftat version 2.0',
        goal: 'Målområde 3: Informationssäkerhetsorganisation',
        responsible: 'samordnare',
        status: 'in-progress',
        progressPercent: 75
      },
      published,
      addDays(published, 60)
    )
  );
  return items;
}
