import type { Incident } from '../../domain/incidents/incident';
import type { SystemKind } from './system-kinds';

/** A kind of deviation or incident (avvikelse, incident, personuppgiftsincident; R-INC). */
export interface IncidentTemplate {
  readonly title: string;
  readonly description: string;
  readonly category: Incident['category'];
  readonly systemKinds: readonly SystemKind[];
}

const incident = (title: string, description: string, category: Incident['category'], systemKinds: readonly SystemKind[] = []): IncidentTemplate => ({
  title,
  description,
  category,
  systemKinds
});

export const INCIDENT_TEMPLATES: readonly IncidentTemplate[] = [
  incident('Felsänt e-postmeddelande med patientuppgifter', 'En remiss med journalutdrag skickades till fel extern mottagare.', 'personal-data-breach'),
  incident('Obehörig läsning i journal upptäckt vid loggkontroll', 'Loggkontrollen visade att en medarbetare läst journalen för en närstående utan vårdrelation.', 'personal-data-breach', ['journal']),
  incident('Journalkopia skickad till fel adress', 'Kopior av journalhandlingar skickades till en tidigare adress.', 'personal-data-breach'),
  incident('Bärbar dator stulen ur bil', 'En krypterad bärbar dator stals; ingen patientinformation lagrad lokalt enligt uppgift.', 'security-incident'),
  incident('Borttappat USB-minne med patientlista', 'Ett okrypterat USB-minne med en patientlista saknas.', 'personal-data-breach'),
  incident('Utskrift med patientuppgifter i fel skrivare', 'En utskrift hämtades av fel avdelning.', 'deviation'),
  incident('Nätfiskemejl – länk klickad och lösenord angivet', 'En medarbetare angav sitt lösenord på en falsk inloggningssida; kontot spärrades.', 'security-incident', ['infrastruktur']),
  incident('Skadlig kod stoppad av EDR', 'Endpointskyddet stoppade ett försök att köra skadlig kod från en bilaga.', 'security-incident', ['infrastruktur']),
  incident('Avbrott i journalsystemet', 'Journalsystemet var otillgängligt i 40 minuter; reservrutiner användes.', 'security-incident', ['journal']),
  incident('Avbrott i laboratoriesystemet', 'Provsvar kunde inte skickas under två timmar.', 'security-incident', ['lab', 'integration']),
  incident('Lösenord delat mellan kollegor', 'Medarbetare loggade in med en kollegas konto under ett nattpass.', 'deviation'),
  incident('Behörighet kvar efter byte av tjänst', 'En medarbetare hade kvar åtkomst till tidigare enhets patienter.', 'deviation', ['journal']),
  incident('Patientuppgifter i molntjänst utan avtal', 'En enkät med hälsouppgifter samlades in i en molntjänst utan personuppgiftsbiträdesavtal.', 'personal-data-breach', ['moln']),
  incident('Fax till fel mottagare', 'Ett fax med provsvar gick till fel nummer.', 'personal-data-breach'),
  incident('Skärm olåst i korridor', 'En inloggad arbetsstation lämnades olåst i en allmän korridor.', 'deviation'),
  incident('Röntgenbilder kopplade till fel patient', 'Bilder registrerades på fel personnummer och rättades.', 'deviation', ['pacs']),
  incident('Överbelastningsattack mot webbplatsen', 'Regionens webbplats var svår att nå under en förmiddag.', 'security-incident', ['e-tjanst', 'moln']),
  incident('Tappad passerbricka', 'En passerbricka anmäldes förlorad och spärrades.', 'deviation', ['infrastruktur'])
];
