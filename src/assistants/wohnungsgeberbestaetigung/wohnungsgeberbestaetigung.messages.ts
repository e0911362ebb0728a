/**
 * Texts of the landlord confirmation (German first, plain language, formal "Sie"; English).
 * Keys: `<path>.label|hint|text|options.<value>` and errors `<path>.<code>`; the shared blocks'
 * labels come from `fields.<leaf>.*`. The `ui.confirmation.assignmentCode*` keys are the texts
 * the confirmation page shows beside the hub's assignment code (§ 19 Abs. 4 BMG).
 */
import type { Lang, Messages } from '../../engine/types.js';

const de: Messages = {
  title: 'Wohnungsgeberbestätigung',

  'steps.art.title': 'Was möchten Sie bestätigen?',
  'steps.art.lead':
    'Als Wohnungsgeberin oder Wohnungsgeber bestätigen Sie der Meldebehörde, dass Personen in Ihre Wohnung einziehen oder aus ihr ausziehen (§ 19 Bundesmeldegesetz).',
  'confirmationType.label': 'Ich bestätige einen',
  'confirmationType.options.einzug': 'Einzug',
  'confirmationType.options.auszug': 'Auszug',
  'confirmationType.required': 'Wählen Sie aus, ob Sie einen Einzug oder einen Auszug bestätigen.',
  'auszugInfo.text':
    'Einen Auszug müssen Sie nur bestätigen, wenn die Person ins Ausland zieht oder eine Nebenwohnung aufgibt. Zieht sie innerhalb Deutschlands um, meldet sie sich am neuen Wohnort an. Dann brauchen Sie nichts zu bestätigen und können hier aufhören.',
  'auszugCase.label': 'Warum zieht die Person aus?',
  'auszugCase.options.ausland': 'Sie zieht ins Ausland.',
  'auszugCase.options.nebenwohnung': 'Sie gibt eine Nebenwohnung auf.',
  'auszugCase.options.andere': 'Aus einem anderen Grund, zum Beispiel Umzug innerhalb Deutschlands',
  'auszugCase.required': 'Wählen Sie aus, warum die Person auszieht.',
  'auszugCase.notNeeded':
    'Für diesen Auszug brauchen Sie keine Bestätigung. Sie können hier aufhören. Die Person meldet sich an ihrem neuen Wohnort an.',
  'submitterRole.label': 'Ich handle als',
  'submitterRole.options.eigentuemer': 'Eigentümerin oder Eigentümer, ich vermiete die Wohnung',
  'submitterRole.options.wohnungsgeberNichtEigentuemer':
    'Wohnungsgeber, aber nicht Eigentümer (zum Beispiel Hauptmieter bei Untervermietung)',
  'submitterRole.options.beauftragtePerson':
    'Beauftragte Stelle des Wohnungsgebers (zum Beispiel Hausverwaltung)',
  'submitterRole.options.eigentuemerZiehtSelbstEin':
    'Eigentümerin oder Eigentümer, ich ziehe selbst ein oder aus',
  'submitterRole.required': 'Wählen Sie aus, in welcher Rolle Sie handeln.',

  'steps.wohnung.title': 'Um welche Wohnung geht es?',
  'steps.wohnung.lead': 'Die Wohnung muss in dieser Gemeinde liegen.',
  'flat.label': 'Anschrift der Wohnung',
  'flat.street.hint': 'Schreiben Sie den Namen aus, zum Beispiel „Straße“ statt „Str.“.',
  'flat.street.unknownStreet':
    'Diese Straße steht nicht im Straßenverzeichnis der Gemeinde. Prüfen Sie die Schreibweise und schreiben Sie den Namen aus, zum Beispiel „Straße“ statt „Str.“. Stimmt die Anschrift, wenden Sie sich bitte an die Meldebehörde.',
  'flat.postalCode.notInMunicipality':
    'Diese Postleitzahl gehört nicht zu dieser Gemeinde. Prüfen Sie die Postleitzahl. Liegt die Wohnung in einer anderen Gemeinde, wenden Sie sich an deren Meldebehörde.',
  'flat.position.label': 'Lage der Wohnung',
  'flat.position.hint': 'Zum Beispiel „2. Stock links“ oder „Wohnung 5“.',

  'steps.datum.title': 'Wann ist oder war der Umzug?',
  'moveDate.label': 'Datum des Einzugs',
  'moveDate.labelAuszug': 'Datum des Auszugs',
  'moveDate.required': 'Geben Sie das Datum des Umzugs ein.',
  'moveDate.late':
    'Der Umzug liegt mehr als {days} Tage zurück. Die Bestätigung muss innerhalb von {days} Tagen nach dem Umzug bei der Meldebehörde sein, sonst droht ein Bußgeld. Senden Sie sie trotzdem ab, am besten jetzt.',
  'moveDate.tooFarAhead':
    'Sie können einen Umzug höchstens {maxFutureDays} Tage im Voraus bestätigen. Wählen Sie ein Datum bis zum {latestDate}.',

  'steps.personen.title': 'Für wen bestätigen Sie den Umzug?',
  'steps.personen.lead': 'Geben Sie alle Personen an, die umziehen, auch Kinder.',
  'persons.label': 'Personen',
  'persons.item': 'Person {n}',
  'persons.add': 'Noch eine Person hinzufügen',
  'persons.remove': 'Person {n} entfernen',
  'persons.required': 'Geben Sie mindestens eine Person an.',
  'persons.too_few': 'Geben Sie mindestens eine Person an.',
  'persons.too_many': 'Sie können höchstens {maximum} Personen angeben.',
  'persons[].givenNames.required': 'Geben Sie den Vornamen der Person ein.',
  'persons[].familyName.required': 'Geben Sie den Familiennamen der Person ein.',
  'persons[].birthDate.hint': 'Wenn Sie es wissen. Es hilft der Meldebehörde.',
  'persons[].birthDate.inFuture': 'Das Geburtsdatum liegt in der Zukunft. Prüfen Sie das Datum.',

  'steps.wohnungsgeber.title': 'Wer ist der Wohnungsgeber?',
  'steps.wohnungsgeber.lead':
    'Wohnungsgeber ist, wer die Wohnung zur Verfügung stellt, zum Beispiel der Vermieter. Sind Sie das selbst, geben Sie hier Ihre eigenen Angaben ein.',
  'agent.label': 'Beauftragte Stelle',
  'agent.name.label': 'Name der Hausverwaltung oder der beauftragten Stelle',
  'agent.name.required': 'Geben Sie den Namen der beauftragten Stelle ein.',
  'agent.address.label': 'Anschrift der beauftragten Stelle',
  'landlord.label': 'Wohnungsgeber',
  'landlord.kind.label': 'Der Wohnungsgeber ist',
  'landlord.kind.options.natuerlichePerson': 'eine Person',
  'landlord.kind.options.juristischePerson': 'ein Unternehmen oder eine Organisation',
  'landlord.kind.required':
    'Wählen Sie aus, ob der Wohnungsgeber eine Person oder ein Unternehmen ist.',
  'landlord.givenNames.required': 'Geben Sie den Vornamen des Wohnungsgebers ein.',
  'landlord.familyName.required': 'Geben Sie den Familiennamen des Wohnungsgebers ein.',
  'landlord.organisationName.label': 'Name des Unternehmens oder der Organisation',
  'landlord.organisationName.required':
    'Geben Sie den Namen des Unternehmens oder der Organisation ein.',
  'landlord.address.label': 'Anschrift des Wohnungsgebers',
  // Three addresses on one step: each error names whose address it is.
  'agent.address.street.required': 'Geben Sie die Straße der beauftragten Stelle ein.',
  'agent.address.houseNumber.required': 'Geben Sie die Hausnummer der beauftragten Stelle ein.',
  'agent.address.postalCode.required': 'Geben Sie die Postleitzahl der beauftragten Stelle ein.',
  'agent.address.city.required': 'Geben Sie den Ort der beauftragten Stelle ein.',
  'landlord.address.street.required': 'Geben Sie die Straße des Wohnungsgebers ein.',
  'landlord.address.houseNumber.required': 'Geben Sie die Hausnummer des Wohnungsgebers ein.',
  'landlord.address.postalCode.required': 'Geben Sie die Postleitzahl des Wohnungsgebers ein.',
  'landlord.address.city.required': 'Geben Sie den Ort des Wohnungsgebers ein.',
  'owner.address.street.required':
    'Geben Sie die Straße der Eigentümerin oder des Eigentümers ein.',
  'owner.address.houseNumber.required':
    'Geben Sie die Hausnummer der Eigentümerin oder des Eigentümers ein.',
  'owner.address.postalCode.required':
    'Geben Sie die Postleitzahl der Eigentümerin oder des Eigentümers ein.',
  'owner.address.city.required': 'Geben Sie den Ort der Eigentümerin oder des Eigentümers ein.',
  // The error summary shows a wrong postcode, e-mail address or phone number without its label.
  'agent.address.postalCode.invalid_format':
    'Geben Sie für die beauftragte Stelle eine Postleitzahl mit 5 Ziffern ein, zum Beispiel 01067.',
  'landlord.address.postalCode.invalid_format':
    'Geben Sie für den Wohnungsgeber eine Postleitzahl mit 5 Ziffern ein, zum Beispiel 01067.',
  'owner.address.postalCode.invalid_format':
    'Geben Sie für die Eigentümerin oder den Eigentümer eine Postleitzahl mit 5 Ziffern ein, zum Beispiel 01067.',
  'agent.email.invalid_email':
    'Geben Sie die E-Mail-Adresse der beauftragten Stelle im richtigen Format ein, zum Beispiel name@beispiel.de.',
  'landlord.email.invalid_email':
    'Geben Sie die E-Mail-Adresse des Wohnungsgebers im richtigen Format ein, zum Beispiel name@beispiel.de.',
  'agent.phone.invalid_format':
    'Geben Sie die Telefonnummer der beauftragten Stelle ein, zum Beispiel 0351 1234567 oder +49 351 1234567.',
  'landlord.phone.invalid_format':
    'Geben Sie die Telefonnummer des Wohnungsgebers ein, zum Beispiel 0351 1234567 oder +49 351 1234567.',
  'landlordIsOwner.label': 'Ist der Wohnungsgeber auch Eigentümer der Wohnung?',
  'landlordIsOwner.options.ja': 'Ja',
  'landlordIsOwner.options.nein': 'Nein',
  'landlordIsOwner.required': 'Wählen Sie aus, ob der Wohnungsgeber Eigentümer ist.',
  'owner.label': 'Eigentümerin oder Eigentümer der Wohnung',
  'owner.name.label': 'Name oder Bezeichnung',
  'owner.name.required': 'Geben Sie den Namen der Eigentümerin oder des Eigentümers ein.',
  'owner.address.label': 'Anschrift der Eigentümerin oder des Eigentümers',
  'owner.address.hint': 'Wenn Sie sie kennen.',
  'selfDeclarationOwner.label': 'Die Wohnung gehört mir. Ich ziehe selbst ein.',
  'selfDeclarationOwner.labelAuszug': 'Die Wohnung gehört mir. Ich ziehe selbst aus.',
  'selfDeclarationOwner.required': 'Bestätigen Sie, dass die Wohnung Ihnen gehört.',

  'steps.erklaerungen.title': 'Bestätigen Sie Ihre Angaben',
  'bmgInfo.text':
    'Sie dürfen keine Anschrift für eine Anmeldung anbieten, wenn die Person dort nicht wohnt (Scheinanmeldung, § 19 Abs. 6 Bundesmeldegesetz). Dafür droht ein Bußgeld bis 50.000 Euro. Eine falsche, fehlende oder zu späte Bestätigung kann bis 1.000 Euro kosten (§ 54 Bundesmeldegesetz).',
  'declarationBmg.label': 'Ich bestätige, dass die genannten Personen tatsächlich einziehen.',
  'declarationBmg.labelAuszug': 'Ich bestätige, dass die genannten Personen tatsächlich ausziehen.',
  'declarationBmg.required': 'Bestätigen Sie, dass die genannten Personen tatsächlich umziehen.',

  'ui.review.lead':
    'Bitte prüfen Sie alles, bevor Sie die Bestätigung absenden. Mit „Ändern“ können Sie eine Angabe korrigieren.',
  'ui.nav.submit': 'Bestätigung verbindlich absenden',
  'ui.confirmation.title': 'Ihre Bestätigung wurde gesendet',
  'fields.privacyNotice.text':
    'Ihre Angaben werden nur zur Bearbeitung dieser Bestätigung verwendet.',
  // "{office} hat …" broke on plural offices ("Bürgerbüros (Meldebehörde) hat").
  'ui.confirmation.nextText':
    'Zuständig für Ihre Bestätigung: {office}. Bitte geben Sie bei Rückfragen Ihre Vorgangsnummer an.',
  'ui.confirmation.assignmentCode': 'Zuordnungsmerkmal',
  'ui.confirmation.assignmentCodeText':
    'Geben Sie diesen Code den Personen, die umziehen. Sie brauchen ihn, wenn sie sich bei der Meldebehörde an- oder abmelden.',
  'ui.confirmation.printPage': 'Seite drucken',
  // The messages while and after sending name the Bestätigung too (they said "Antrag").
  'ui.submit.sending': 'Ihre Bestätigung wird gesendet …',
  'ui.submit.failedTitle': 'Ihre Bestätigung konnte nicht gesendet werden',
  'ui.submit.rejected':
    'Die Bestätigung wurde nicht angenommen. Bitte wenden Sie sich an {office}.',
  'ui.submit.tooLarge': 'Die Bestätigung ist zu groß. Bitte kürzen Sie lange Texte.',
  'ui.submit.mismatch':
    'Diese Bestätigung wurde mit anderen Angaben bereits gesendet. Bitte laden Sie Ihre Angaben herunter und wenden Sie sich an {office}.',
  'ui.config.title': 'Diese Bestätigung kann gerade nicht angezeigt werden',
  'ui.config.loading': 'Die Bestätigung wird geladen …',
};

const en: Messages = {
  title: 'Landlord confirmation',

  'steps.art.title': 'What do you want to confirm?',
  'steps.art.lead':
    'As the landlord you confirm to the registration office that people move into or out of your flat (section 19 Federal Registration Act).',
  'confirmationType.label': 'I confirm',
  'confirmationType.options.einzug': 'a move-in',
  'confirmationType.options.auszug': 'a move-out',
  'confirmationType.required': 'Select whether you confirm a move-in or a move-out.',
  'auszugInfo.text':
    'You only need to confirm a move-out if the person moves abroad or gives up a secondary residence. If the person moves within Germany, they register at their new address. Then you do not need to confirm anything and can stop here.',
  'auszugCase.label': 'Why does the person move out?',
  'auszugCase.options.ausland': 'They move abroad.',
  'auszugCase.options.nebenwohnung': 'They give up a secondary residence.',
  'auszugCase.options.andere': 'For another reason, for example a move within Germany',
  'auszugCase.required': 'Select why the person moves out.',
  'auszugCase.notNeeded':
    'This move-out needs no confirmation. You can stop here. The person registers at their new address.',
  'submitterRole.label': 'I am',
  'submitterRole.options.eigentuemer': 'the owner, and I let the flat',
  'submitterRole.options.wohnungsgeberNichtEigentuemer':
    'the landlord, but not the owner (for example a main tenant who sublets)',
  'submitterRole.options.beauftragtePerson':
    'acting for the landlord (for example a property management company)',
  'submitterRole.options.eigentuemerZiehtSelbstEin': 'the owner, and I move in or out myself',
  'submitterRole.required': 'Select in which role you confirm.',

  'steps.wohnung.title': 'Which flat is it?',
  'steps.wohnung.lead': 'The flat must be in this municipality.',
  'flat.label': 'Address of the flat',
  'flat.street.hint': 'Write the name in full, for example “Straße” instead of “Str.”.',
  'flat.street.unknownStreet':
    "This street is not in the municipality's street directory. Check the spelling and write the name in full, for example “Straße” instead of “Str.”. If the address is right, please contact the registration office.",
  'flat.postalCode.notInMunicipality':
    'This postcode does not belong to this municipality. Check the postcode. If the flat is in another municipality, contact its registration office.',
  'flat.position.label': 'Position of the flat',
  'flat.position.hint': 'For example “2nd floor left” or “flat 5”.',

  'steps.datum.title': 'When is or was the move?',
  'moveDate.label': 'Date of moving in',
  'moveDate.labelAuszug': 'Date of moving out',
  'moveDate.required': 'Enter the date of the move.',
  'moveDate.late':
    'The move was more than {days} days ago. The registration office must get the confirmation within {days} days of the move, or you may be fined. Send it anyway, best right now.',
  'moveDate.tooFarAhead':
    'You can confirm a move at most {maxFutureDays} days in advance. Choose a date up to {latestDate}.',

  'steps.personen.title': 'Who are you confirming the move for?',
  'steps.personen.lead': 'Name every person who moves, children too.',
  'persons.label': 'People',
  'persons.item': 'Person {n}',
  'persons.add': 'Add another person',
  'persons.remove': 'Remove person {n}',
  'persons.required': 'Name at least one person.',
  'persons.too_few': 'Name at least one person.',
  'persons.too_many': 'You can name at most {maximum} people.',
  'persons[].givenNames.required': 'Enter the given name of the person.',
  'persons[].familyName.required': 'Enter the family name of the person.',
  'persons[].birthDate.hint': 'If you know it. It helps the registration office.',
  'persons[].birthDate.inFuture': 'The date of birth is in the future. Check the date.',

  'steps.wohnungsgeber.title': 'Who is the landlord?',
  'steps.wohnungsgeber.lead':
    'The landlord is whoever provides the flat, for example the person who lets it. If that is you, enter your own details here.',
  'agent.label': 'Acting for the landlord',
  'agent.name.label': 'Name of the property management or agent',
  'agent.name.required': "Enter the agent's name.",
  'agent.address.label': 'Address of the agent',
  'landlord.label': 'Landlord',
  'landlord.kind.label': 'The landlord is',
  'landlord.kind.options.natuerlichePerson': 'a person',
  'landlord.kind.options.juristischePerson': 'a company or an organisation',
  'landlord.kind.required': 'Select whether the landlord is a person or a company.',
  'landlord.givenNames.required': "Enter the landlord's given name.",
  'landlord.familyName.required': "Enter the landlord's family name.",
  'landlord.organisationName.label': 'Name of the company or organisation',
  'landlord.organisationName.required': 'Enter the name of the company or organisation.',
  'landlord.address.label': 'Address of the landlord',
  'agent.address.street.required': "Enter the agent's street.",
  'agent.address.houseNumber.required': "Enter the agent's house number.",
  'agent.address.postalCode.required': "Enter the agent's postcode.",
  'agent.address.city.required': "Enter the agent's town or city.",
  'landlord.address.street.required': "Enter the landlord's street.",
  'landlord.address.houseNumber.required': "Enter the landlord's house number.",
  'landlord.address.postalCode.required': "Enter the landlord's postcode.",
  'landlord.address.city.required': "Enter the landlord's town or city.",
  'owner.address.street.required': "Enter the owner's street.",
  'owner.address.houseNumber.required': "Enter the owner's house number.",
  'owner.address.postalCode.required': "Enter the owner's postcode.",
  'owner.address.city.required': "Enter the owner's town or city.",
  'agent.address.postalCode.invalid_format':
    "Enter the agent's postcode with 5 digits, like 01067.",
  'landlord.address.postalCode.invalid_format':
    "Enter the landlord's postcode with 5 digits, like 01067.",
  'owner.address.postalCode.invalid_format':
    "Enter the owner's postcode with 5 digits, like 01067.",
  'agent.email.invalid_email':
    "Enter the agent's email address in the correct format, like name@example.com.",
  'landlord.email.invalid_email':
    "Enter the landlord's email address in the correct format, like name@example.com.",
  'agent.phone.invalid_format':
    "Enter the agent's phone number, like 0351 1234567 or +49 351 1234567.",
  'landlord.phone.invalid_format':
    "Enter the landlord's phone number, like 0351 1234567 or +49 351 1234567.",
  'landlordIsOwner.label': 'Does the landlord own the flat?',
  'landlordIsOwner.options.ja': 'Yes',
  'landlordIsOwner.options.nein': 'No',
  'landlordIsOwner.required': 'Select whether the landlord owns the flat.',
  'owner.label': 'Owner of the flat',
  'owner.name.label': 'Name',
  'owner.name.required': "Enter the owner's name.",
  'owner.address.label': 'Address of the owner',
  'owner.address.hint': 'If you know it.',
  'selfDeclarationOwner.label': 'I own the flat. I move in myself.',
  'selfDeclarationOwner.labelAuszug': 'I own the flat. I move out myself.',
  'selfDeclarationOwner.required': 'Confirm that you own the flat.',

  'steps.erklaerungen.title': 'Confirm your details',
  'bmgInfo.text':
    'You must not offer an address for registration if the person does not live there (sham registration, section 19 (6) Federal Registration Act). The fine for this is up to 50,000 euros. A wrong, missing or late confirmation can cost up to 1,000 euros (section 54 Federal Registration Act).',
  'declarationBmg.label': 'I confirm that the people named really move in.',
  'declarationBmg.labelAuszug': 'I confirm that the people named really move out.',
  'declarationBmg.required': 'Confirm that the people named really move.',

  'ui.review.lead':
    'Please check everything before you submit the confirmation. Use “Change” to correct an answer.',
  'ui.nav.submit': 'Submit confirmation',
  'ui.confirmation.title': 'Your confirmation has been sent',
  'fields.privacyNotice.text': 'Your answers are only used to process this confirmation.',
  'ui.confirmation.nextText':
    'Handling your confirmation: {office}. Please quote your reference number if you get in touch.',
  'ui.confirmation.assignmentCode': 'Assignment code',
  'ui.confirmation.assignmentCodeText':
    'Give this code to the people who are moving. They need it when they register or deregister at the registration office.',
  'ui.confirmation.printPage': 'Print this page',
  'ui.submit.sending': 'Sending your confirmation …',
  'ui.submit.failedTitle': 'Your confirmation could not be sent',
  'ui.submit.rejected': 'The confirmation was not accepted. Please contact {office}.',
  'ui.submit.tooLarge': 'The confirmation is too large. Please shorten long texts.',
  'ui.submit.mismatch':
    'This confirmation was already sent with different answers. Please download your answers and contact {office}.',
  'ui.config.title': 'This confirmation cannot be shown right now',
  'ui.config.loading': 'Loading the confirmation …',
};

export const messages: Record<Lang, Messages> = { de, en };
