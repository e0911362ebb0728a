/**
 * Texts of the fire brigade compensation assistant. Keys: `steps.<id>.title|lead`,
 * `<fieldKey>.label|hint|text`, `<fieldKey>.options.<value>`, `<fieldKey>.<errorCode>`,
 * `summary.*`. Shared block fields (names, address, contact, bank account, declarations) use
 * `fields.<name>.*` from src/components/messages.ts unless the wording must differ here.
 */
import type { Lang, Messages } from '../../engine/types.js';

const de: Messages = {
  title: 'Erstattung für den Feuerwehrdienst',

  'steps.antrag.title': 'Wer stellt den Antrag?',
  'steps.antrag.lead':
    'Für Einsätze, Übungen und Lehrgänge der Freiwilligen Feuerwehr erstattet die Gemeinde privaten Arbeitgebern den weitergezahlten Lohn (§ 62 Abs. 1 SächsBRKG). Selbstständige bekommen ihren Verdienstausfall ersetzt (§ 62 Abs. 2 SächsBRKG).',
  'steps.arbeitgeber.title': 'Welches Unternehmen beantragt die Erstattung?',
  'steps.mitarbeiter.title': 'Für wen beantragen Sie die Erstattung?',
  'steps.mitarbeiter.lead':
    'Geben Sie die Mitarbeiterin oder den Mitarbeiter an, die oder der während der Arbeitszeit Feuerwehrdienst geleistet hat.',
  'steps.selbststaendig.title': 'Wer sind Sie?',
  'steps.selbststaendig.lead':
    'Sie sind selbstständig tätig und Mitglied der Freiwilligen Feuerwehr.',
  'steps.einsaetze.title': 'Wann war der Feuerwehrdienst?',
  'steps.einsaetze.lead':
    'Tragen Sie jeden Einsatz, jede Übung und jeden Lehrgang einzeln ein. Sie können bis zu 20 Einträge in einem Antrag angeben.',
  'steps.lohn.title': 'Wie hoch ist der Lohn pro Stunde?',
  'steps.verdienst.title': 'Wie hoch ist Ihr Verdienstausfall?',
  'steps.bank.title': 'Auf welches Konto sollen wir den Betrag überweisen?',
  'steps.erklaerungen.title': 'Bestätigen Sie Ihre Angaben',

  'applicantType.label': 'Sie beantragen die Erstattung als',
  'applicantType.options.arbeitgeber':
    'Arbeitgeber: Sie haben einer Mitarbeiterin oder einem Mitarbeiter den Lohn für die Zeit des Feuerwehrdienstes weitergezahlt',
  'applicantType.options.selbststaendig':
    'Selbstständige oder Selbstständiger: Ihnen ist durch den Feuerwehrdienst Verdienst entgangen',
  'applicantType.required': 'Wählen Sie aus, ob Sie Arbeitgeber oder selbstständig sind.',
  'isPublicEmployer.label': 'Sind Sie ein öffentlicher Arbeitgeber?',
  'isPublicEmployer.hint':
    'Zum Beispiel eine Behörde, eine Gemeinde, ein Landkreis oder eine andere Stelle des öffentlichen Dienstes.',
  'isPublicEmployer.options.ja': 'Ja',
  'isPublicEmployer.options.nein': 'Nein, ein privater Arbeitgeber',
  'isPublicEmployer.required': 'Wählen Sie aus, ob Sie ein öffentlicher Arbeitgeber sind.',
  'isPublicEmployer.public_employer':
    'Öffentliche Arbeitgeber bekommen den Lohn nicht erstattet. Sie können diesen Antrag deshalb nicht absenden.',
  'publicEmployerInfo.text':
    'Öffentliche Arbeitgeber und Dienstherren zahlen den Lohn für die Zeit des Feuerwehrdienstes weiter, bekommen ihn aber nicht erstattet (§ 62 Abs. 1 Satz 3 SächsBRKG). Ein Antrag ist deshalb nicht möglich.',

  'employer.label': 'Ihr Unternehmen',
  'employer.name.label': 'Name des Unternehmens',
  'employer.name.required': 'Geben Sie den Namen des Unternehmens ein.',
  'employer.address.label': 'Anschrift des Unternehmens',
  'employer.contactPerson.label': 'Ansprechperson für Rückfragen',
  'employer.contactPerson.hint': 'Vor- und Nachname, zum Beispiel aus der Lohnbuchhaltung.',
  'employer.contactPerson.required': 'Geben Sie den Namen einer Ansprechperson ein.',
  'employer.email.required': 'Geben Sie eine E-Mail-Adresse für Rückfragen ein.',
  'employer.betriebsnummer.label': 'Betriebsnummer',
  'employer.betriebsnummer.hint':
    'Die 8-stellige Betriebsnummer der Bundesagentur für Arbeit. Sie steht zum Beispiel auf den Meldungen zur Sozialversicherung.',
  'employer.betriebsnummer.invalid_format': 'Geben Sie die Betriebsnummer mit genau 8 Ziffern ein.',

  'employee.label': 'Mitarbeiterin oder Mitarbeiter',
  'employee.givenNames.required': 'Geben Sie den Vornamen der Person ein.',
  'employee.familyName.required': 'Geben Sie den Familiennamen der Person ein.',
  'employee.birthDate.required': 'Geben Sie das Geburtsdatum der Person ein.',
  'employee.unit.label': 'Feuerwehr oder Ortsfeuerwehr',
  'employee.unit.hintText': 'Zum Beispiel „Ortsfeuerwehr Klotzsche“.',
  'employee.unit.required': 'Geben Sie an, bei welcher Feuerwehr die Person Dienst leistet.',
  'employee.unit.invalid_value': 'Wählen Sie eine Feuerwehr aus der Liste aus.',

  'member.label': 'Ihre Angaben',
  'member.address.label': 'Ihre Anschrift',
  'member.phone.required': 'Geben Sie eine Telefonnummer für Rückfragen ein.',
  'member.activity.label': 'Welche selbstständige Tätigkeit üben Sie aus?',
  'member.activity.hint': 'Zum Beispiel „Tischlerei“ oder „Physiotherapie-Praxis“.',
  'member.activity.required': 'Geben Sie Ihre selbstständige Tätigkeit ein.',
  'member.businessName.label': 'Name Ihres Betriebs',
  'member.unit.label': 'Ihre Feuerwehr oder Ortsfeuerwehr',
  'member.unit.hintText': 'Zum Beispiel „Ortsfeuerwehr Klotzsche“.',
  'member.unit.required': 'Geben Sie an, bei welcher Feuerwehr Sie Dienst leisten.',
  'member.unit.invalid_value': 'Wählen Sie eine Feuerwehr aus der Liste aus.',

  'deployments.label': 'Feuerwehrdienst',
  'deployments.item': 'Dienst {n}',
  'deployments.add': 'Noch einen Dienst hinzufügen',
  'deployments.remove': 'Dienst {n} entfernen',
  'deployments.required': 'Fügen Sie mindestens einen Dienst hinzu.',
  'deployments.too_few': 'Fügen Sie mindestens einen Dienst hinzu.',
  'deployments.too_many':
    'Sie können höchstens {maximum} Einsätze in einem Antrag angeben. Stellen Sie für weitere bitte einen zweiten Antrag.',
  'deployments[].kind.label': 'Art des Dienstes',
  'deployments[].kind.options.einsatz': 'Einsatz (mit Nachbereitung)',
  'deployments[].kind.options.brandsicherheitswache': 'Brandsicherheitswache',
  'deployments[].kind.options.uebung': 'Übung',
  'deployments[].kind.options.ausbildung': 'Lehrgang, Aus- oder Fortbildung',
  'deployments[].kind.options.sonstigerDienst': 'Anderer angeordneter Dienst',
  'deployments[].kind.required': 'Wählen Sie die Art des Dienstes aus.',
  'deployments[].incidentNumber.label': 'Einsatznummer',
  'deployments[].incidentNumber.hint':
    'Wenn die Feuerwehr eine Einsatznummer vergeben hat. Sie steht zum Beispiel im Einsatzbericht.',
  'deployments[].description.label': 'Bezeichnung',
  'deployments[].description.hint':
    'Zum Beispiel „Wohnungsbrand Hauptstraße“ oder „Lehrgang Truppführer“.',
  'deployments[].date.label': 'Datum (Beginn)',
  'deployments[].date.hint':
    'Stellen Sie den Antrag innerhalb von {months} Monaten nach dem Dienst.',
  'deployments[].date.required': 'Geben Sie das Datum ein, an dem der Dienst begann.',
  'deployments[].date.in_future': 'Das Datum darf nicht nach dem heutigen Tag liegen.',
  'deployments[].date.too_late':
    'Dienst {n} ({deploymentDate}) liegt mehr als {months} Monate zurück. Die Frist für den Antrag endete am {deadlineDate}. Entfernen Sie diesen Dienst aus dem Antrag.',
  'deployments[].date.late':
    'Dienst {n} ({deploymentDate}) liegt mehr als {months} Monate zurück. Die Frist für den Antrag endete am {deadlineDate}. Sie können den Antrag trotzdem senden. Die Gemeinde entscheidet, ob sie ihn annimmt.',
  'deployments[].startTime.label': 'Beginn (Uhrzeit)',
  'deployments[].startTime.hint': 'In Stunden und Minuten, zum Beispiel 07:30 oder 19:45.',
  'deployments[].startTime.required': 'Geben Sie ein, um wie viel Uhr der Dienst begann.',
  'deployments[].startTime.invalid_format':
    'Geben Sie die Uhrzeit mit Stunden und Minuten ein, zum Beispiel 07:30 oder 19:45.',
  'deployments[].endTime.label': 'Ende (Uhrzeit)',
  'deployments[].endTime.hint':
    'Zum Beispiel 16:15. Endete der Dienst nach Mitternacht, geben Sie einfach die Uhrzeit am nächsten Tag ein, zum Beispiel 01:30.',
  'deployments[].endTime.invalid_format':
    'Geben Sie die Uhrzeit mit Stunden und Minuten ein, zum Beispiel 16:15 oder 01:30.',
  'deployments[].endTime.required': 'Geben Sie ein, um wie viel Uhr der Dienst endete.',
  'deployments[].endTime.same_time':
    'Beginn und Ende sind gleich. Geben Sie ein, um wie viel Uhr der Dienst endete.',
  'deployments[].workHours.label': 'Ausgefallene Arbeitszeit in Stunden',
  'deployments[].workHours.hint':
    'Nur die Stunden, in denen die Person sonst gearbeitet hätte. Zum Beispiel 3,5 für dreieinhalb Stunden.',
  'deployments[].workHours.hintSelf':
    'Nur die Stunden, in denen Sie sonst gearbeitet hätten, zum Beispiel 3,25 für 3 Stunden und 15 Minuten. Erstattet werden höchstens {maxHours} Stunden pro Tag.',
  'deployments[].workHours.hintSelfRounded':
    'Nur die Stunden, in denen Sie sonst gearbeitet hätten. Geben Sie die genaue Zeit ein, zum Beispiel 3,25 für 3 Stunden und 15 Minuten. Die Gemeinde rechnet eine angefangene Stunde als volle Stunde, höchstens {maxHours} Stunden pro Tag.',
  'deployments[].workHours.required': 'Geben Sie die ausgefallene Arbeitszeit in Stunden ein.',
  'deployments[].workHours.invalid_type': 'Geben Sie eine Zahl ein, zum Beispiel 3,5.',
  'deployments[].workHours.too_small': 'Geben Sie eine Zahl größer als 0 ein.',
  'deployments[].workHours.too_big': 'Geben Sie höchstens 24 Stunden ein.',
  'deployments[].workHours.more_than_duration':
    'Dienst {n} dauerte nach Ihren Angaben {duration} Stunden ({start} bis {end} Uhr). Geben Sie höchstens so viele Stunden ein.',

  'hourlyRate.label': 'Bruttoarbeitsentgelt pro Stunde',
  'hourlyRate.hint':
    'Einschließlich des Arbeitgeberanteils zur Sozialversicherung. Die Gemeinde kann dazu eine Lohnabrechnung anfordern.',
  'hourlyRate.hintConfigured': '{hintDe}',
  'hourlyRate.required': 'Geben Sie das Bruttoarbeitsentgelt pro Stunde ein.',
  'hourlyRate.invalid_type': 'Geben Sie einen Betrag ein, zum Beispiel 24,50.',
  'hourlyRate.too_small': 'Geben Sie einen Betrag größer als 0 ein.',
  'hourlyRate.too_big': 'Geben Sie höchstens {maximum} Euro pro Stunde ein.',
  'employerEvidenceInfo.text':
    'Nachweise müssen Sie nicht mitschicken. Wenn die Gemeinde Fragen hat, meldet sie sich bei Ihrer Ansprechperson.',

  'hourlyLoss.label': 'Ihr Verdienstausfall pro Stunde',
  'hourlyLoss.hint': 'Erstattet werden höchstens {max} Euro pro Stunde.',
  'hourlyLoss.required': 'Geben Sie Ihren Verdienstausfall pro Stunde ein.',
  'hourlyLoss.invalid_type': 'Geben Sie einen Betrag ein, zum Beispiel 24,00.',
  'hourlyLoss.too_small': 'Geben Sie einen Betrag größer als 0 ein.',
  'hourlyLoss.too_big': 'Geben Sie höchstens {maximum} Euro pro Stunde ein.',
  'hourlyLoss.above_cap':
    'Erstattet werden höchstens {max} Euro pro Stunde. Wir rechnen mit diesem Betrag. Sie können den Antrag trotzdem senden.',
  'evidenceType.label': 'Wie weisen Sie Ihren Verdienstausfall nach?',
  'evidenceType.options.einkommensteuerbescheid': 'Mit meinem letzten Einkommensteuerbescheid',
  'evidenceType.options.ersatzkraft':
    'Mit der Rechnung oder dem Vertrag einer Ersatzkraft, die mich vertreten hat',
  'evidenceType.options.pauschal': 'Ich beantrage eine Pauschale ohne Nachweis',
  'evidenceType.required': 'Wählen Sie aus, wie Sie Ihren Verdienstausfall nachweisen.',
  'evidenceFile.label': 'Ihr Nachweis',
  'evidenceFile.hint':
    'Laden Sie Ihren letzten Einkommensteuerbescheid oder die Rechnung Ihrer Ersatzkraft hoch. Ein Scan oder ein gut lesbares Foto genügt.',
  'evidenceFile.required':
    'Laden Sie Ihren Nachweis hoch oder kreuzen Sie an, dass Sie ihn gesondert schicken.',
  'evidenceSentSeparately.label':
    'Ich lade den Nachweis nicht hoch, sondern schicke ihn gesondert per Post oder E-Mail mit der Vorgangsnummer.',
  'evidenceSentSeparately.hint':
    'Die Vorgangsnummer erhalten Sie nach dem Absenden. Ohne Nachweis kann die Gemeinde den Antrag nicht bearbeiten.',

  'bankAccount.label': 'Bankverbindung für die Erstattung',
  'bankAccount.iban.required': 'Geben Sie die IBAN des Kontos ein.',

  'summary.line': 'Dienst {n} am {date}: {hours} Stunden × {rate} = {amount}',
  'summary.lineCapped':
    'Dienst {n} am {date}: {hours} Stunden × {rate} = {amount} (gekürzt auf höchstens {maxHours} Stunden pro Tag)',
  'summary.total': 'Beantragter Erstattungsbetrag: {amount}',
  'summary.rateCapped':
    'Ihr Verdienstausfall von {claimed} pro Stunde wird mit höchstens {max} pro Stunde erstattet.',
  'summary.selfRulesRounded':
    'Erstattet werden höchstens {max} pro Stunde und {maxHours} Stunden pro Tag. Angefangene Stunden zählen als volle Stunden.',
  'summary.selfRules':
    'Erstattet werden höchstens {max} pro Stunde und {maxHours} Stunden pro Tag.',
  'summary.notBinding':
    'Diese Berechnung ist unverbindlich. Die Gemeinde prüft Ihren Antrag und legt den Betrag fest.',

  // The texts around sending, spelt out in both languages: in English the whole assistant
  // speaks of a "claim", and the shared English texts say "application" (stranger walk). The
  // German ones equal the shared texts (an "Antrag" in German, too).
  'ui.nav.submit': 'Antrag verbindlich absenden',
  'ui.confirmation.title': 'Ihr Antrag wurde gesendet',
  'ui.confirmation.nextText':
    'Zuständig für Ihren Antrag: {office}. Bitte geben Sie bei Rückfragen Ihre Vorgangsnummer an.',
  'ui.submit.sending': 'Ihr Antrag wird gesendet …',
  'ui.submit.failedTitle': 'Ihr Antrag konnte nicht gesendet werden',
  'ui.submit.rejected': 'Der Antrag wurde nicht angenommen. Bitte wenden Sie sich an {office}.',
  'ui.submit.tooLarge': 'Der Antrag ist zu groß. Bitte kürzen Sie lange Texte.',
  'ui.submit.mismatch':
    'Dieser Antrag wurde mit anderen Angaben bereits gesendet. Bitte laden Sie Ihre Angaben herunter und wenden Sie sich an {office}.',
  'ui.config.title': 'Dieser Antrag kann gerade nicht angezeigt werden',
  'ui.config.loading': 'Der Antrag wird geladen …',
  'fields.privacyNotice.text': 'Ihre Angaben werden nur zur Bearbeitung dieses Antrags verwendet.',
};

const en: Messages = {
  title: 'Reimbursement for fire brigade service',

  'steps.antrag.title': 'Who is making the claim?',
  'steps.antrag.lead':
    'For call-outs, exercises and courses of the volunteer fire brigade, the municipality reimburses private employers for the pay they continued (section 62 (1) SächsBRKG). Self-employed members are compensated for their loss of earnings (section 62 (2) SächsBRKG).',
  'steps.arbeitgeber.title': 'Which company is claiming the reimbursement?',
  'steps.mitarbeiter.title': 'Who are you claiming the reimbursement for?',
  'steps.mitarbeiter.lead':
    'Give the employee who served with the fire brigade during working hours.',
  'steps.selbststaendig.title': 'Who are you?',
  'steps.selbststaendig.lead': 'You are self-employed and a member of the volunteer fire brigade.',
  'steps.einsaetze.title': 'When was the fire brigade service?',
  'steps.einsaetze.lead':
    'Enter every call-out, exercise and course on its own. You can enter up to 20 in one claim.',
  'steps.lohn.title': 'What is the pay per hour?',
  'steps.verdienst.title': 'How much did you lose in earnings?',
  'steps.bank.title': 'Which account should we pay the amount into?',
  'steps.erklaerungen.title': 'Confirm your details',

  'applicantType.label': 'You are claiming as',
  'applicantType.options.arbeitgeber':
    'Employer: you continued to pay an employee for the time of the fire brigade service',
  'applicantType.options.selbststaendig':
    'Self-employed: you lost earnings because of the fire brigade service',
  'applicantType.required': 'Select whether you are an employer or self-employed.',
  'isPublicEmployer.label': 'Are you a public employer?',
  'isPublicEmployer.hint':
    'For example an authority, a municipality, a district or another public service body.',
  'isPublicEmployer.options.ja': 'Yes',
  'isPublicEmployer.options.nein': 'No, a private employer',
  'isPublicEmployer.required': 'Select whether you are a public employer.',
  'isPublicEmployer.public_employer':
    'Public employers are not reimbursed for the pay. You therefore cannot send this claim.',
  'publicEmployerInfo.text':
    'Public employers continue to pay for the time of the fire brigade service but are not reimbursed (section 62 (1) sentence 3 SächsBRKG). A claim is therefore not possible.',

  'employer.label': 'Your company',
  'employer.name.label': 'Name of the company',
  'employer.name.required': 'Enter the name of the company.',
  'employer.address.label': 'Address of the company',
  'employer.contactPerson.label': 'Contact person for questions',
  'employer.contactPerson.hint': 'First and last name, for example from payroll.',
  'employer.contactPerson.required': 'Enter the name of a contact person.',
  'employer.email.required': 'Enter an email address for questions.',
  'employer.betriebsnummer.label': 'Company number (Betriebsnummer)',
  'employer.betriebsnummer.hint':
    'The 8-digit company number of the Federal Employment Agency. It is on your social security notifications, for example.',
  'employer.betriebsnummer.invalid_format': 'Enter the company number with exactly 8 digits.',

  'employee.label': 'Employee',
  'employee.givenNames.required': 'Enter the given name of the employee.',
  'employee.familyName.required': 'Enter the family name of the employee.',
  'employee.birthDate.required': 'Enter the date of birth of the employee.',
  'employee.unit.label': 'Fire brigade or local fire brigade',
  'employee.unit.hintText': 'For example “Ortsfeuerwehr Klotzsche”.',
  'employee.unit.required': 'Enter the fire brigade the employee serves with.',
  'employee.unit.invalid_value': 'Select a fire brigade from the list.',

  'member.label': 'Your details',
  'member.address.label': 'Your address',
  'member.phone.required': 'Enter a phone number for questions.',
  'member.activity.label': 'What is your self-employed work?',
  'member.activity.hint': 'For example “joinery” or “physiotherapy practice”.',
  'member.activity.required': 'Enter your self-employed work.',
  'member.businessName.label': 'Name of your business',
  'member.unit.label': 'Your fire brigade or local fire brigade',
  'member.unit.hintText': 'For example “Ortsfeuerwehr Klotzsche”.',
  'member.unit.required': 'Enter the fire brigade you serve with.',
  'member.unit.invalid_value': 'Select a fire brigade from the list.',

  'deployments.label': 'Fire brigade service',
  'deployments.item': 'Service {n}',
  'deployments.add': 'Add another service',
  'deployments.remove': 'Remove service {n}',
  'deployments.required': 'Add at least one service.',
  'deployments.too_few': 'Add at least one service.',
  'deployments.too_many':
    'You can enter at most {maximum} services in one claim. Please make a second claim for more.',
  'deployments[].kind.label': 'Kind of service',
  'deployments[].kind.options.einsatz': 'Call-out (including follow-up work)',
  'deployments[].kind.options.brandsicherheitswache': 'Fire safety watch',
  'deployments[].kind.options.uebung': 'Exercise',
  'deployments[].kind.options.ausbildung': 'Course, training or further training',
  'deployments[].kind.options.sonstigerDienst': 'Other service you were ordered to do',
  'deployments[].kind.required': 'Select the kind of service.',
  'deployments[].incidentNumber.label': 'Call-out number',
  'deployments[].incidentNumber.hint':
    'If the fire brigade gave a call-out number. It is in the call-out report, for example.',
  'deployments[].description.label': 'Description',
  'deployments[].description.hint': 'For example “flat fire Hauptstraße” or “squad leader course”.',
  'deployments[].date.label': 'Date (start)',
  'deployments[].date.hint': 'Make the claim within {months} months after the service.',
  'deployments[].date.required': 'Enter the date on which the service started.',
  'deployments[].date.in_future': 'The date must not be after today.',
  'deployments[].date.too_late':
    'Service {n} ({deploymentDate}) was more than {months} months ago. The deadline for the claim ended on {deadlineDate}. Remove this service from the claim.',
  'deployments[].date.late':
    'Service {n} ({deploymentDate}) was more than {months} months ago. The deadline for the claim ended on {deadlineDate}. You can still send the claim. The municipality decides whether to accept it.',
  'deployments[].startTime.label': 'Start (time)',
  'deployments[].startTime.hint':
    'In hours and minutes (24-hour clock), for example 07:30 or 19:45.',
  'deployments[].startTime.required': 'Enter the time the service started.',
  'deployments[].startTime.invalid_format':
    'Enter the time in hours and minutes (24-hour clock), for example 07:30 or 19:45.',
  'deployments[].endTime.label': 'End (time)',
  'deployments[].endTime.hint':
    'For example 16:15. If the service ended after midnight, simply enter the time on the next day, for example 01:30.',
  'deployments[].endTime.invalid_format':
    'Enter the time in hours and minutes (24-hour clock), for example 16:15 or 01:30.',
  'deployments[].endTime.required': 'Enter the time the service ended.',
  'deployments[].endTime.same_time':
    'Start and end are the same. Enter the time the service ended.',
  'deployments[].workHours.label': 'Working time lost, in hours',
  'deployments[].workHours.hint':
    'Only the hours in which the employee would otherwise have worked. For example 3.5 for three and a half hours.',
  'deployments[].workHours.hintSelf':
    'Only the hours in which you would otherwise have worked, for example 3.25 for 3 hours 15 minutes. At most {maxHours} hours a day are reimbursed.',
  'deployments[].workHours.hintSelfRounded':
    'Only the hours in which you would otherwise have worked. Enter the exact time, for example 3.25 for 3 hours 15 minutes. The municipality counts a started hour as a full hour, at most {maxHours} hours a day.',
  'deployments[].workHours.required': 'Enter the working time lost, in hours.',
  'deployments[].workHours.invalid_type': 'Enter a number, for example 3.5.',
  'deployments[].workHours.too_small': 'Enter a number greater than 0.',
  'deployments[].workHours.too_big': 'Enter at most 24 hours.',
  'deployments[].workHours.more_than_duration':
    'Service {n} lasted {duration} hours by your answers ({start} to {end}). Enter at most that many hours.',

  'hourlyRate.label': 'Gross pay per hour',
  'hourlyRate.hint':
    'Including the employer’s share of social security contributions. The municipality may ask for a payslip.',
  'hourlyRate.hintConfigured': '{hintEn}',
  'hourlyRate.required': 'Enter the gross pay per hour.',
  'hourlyRate.invalid_type': 'Enter an amount, for example 24.50.',
  'hourlyRate.too_small': 'Enter an amount greater than 0.',
  'hourlyRate.too_big': 'Enter at most {maximum} euros per hour.',
  'employerEvidenceInfo.text':
    'You do not need to send proof. If the municipality has questions, it will contact your contact person.',

  'hourlyLoss.label': 'Your loss of earnings per hour',
  'hourlyLoss.hint': 'At most {max} euros per hour are reimbursed.',
  'hourlyLoss.required': 'Enter your loss of earnings per hour.',
  'hourlyLoss.invalid_type': 'Enter an amount, for example 24.00.',
  'hourlyLoss.too_small': 'Enter an amount greater than 0.',
  'hourlyLoss.too_big': 'Enter at most {maximum} euros per hour.',
  'hourlyLoss.above_cap':
    'At most {max} euros per hour are reimbursed. We calculate with this amount. You can still send the claim.',
  'evidenceType.label': 'How do you prove your loss of earnings?',
  'evidenceType.options.einkommensteuerbescheid': 'With my last income tax assessment',
  'evidenceType.options.ersatzkraft':
    'With the invoice or contract of a substitute who stood in for me',
  'evidenceType.options.pauschal': 'I claim a flat amount without proof',
  'evidenceType.required': 'Select how you prove your loss of earnings.',
  'evidenceFile.label': 'Your proof',
  'evidenceFile.hint':
    'Upload your last income tax assessment or the invoice of your substitute. A scan or a clearly readable photo will do.',
  'evidenceFile.required': 'Upload your proof or tick that you will send it separately.',
  'evidenceSentSeparately.label':
    'I will not upload the proof but send it separately by post or email with the reference number.',
  'evidenceSentSeparately.hint':
    'You get the reference number after sending. Without proof the municipality cannot process the claim.',

  'bankAccount.label': 'Bank account for the reimbursement',
  'bankAccount.iban.required': 'Enter the IBAN of the account.',

  'summary.line': 'Service {n} on {date}: {hours} hours × {rate} = {amount}',
  'summary.lineCapped':
    'Service {n} on {date}: {hours} hours × {rate} = {amount} (reduced to at most {maxHours} hours a day)',
  'summary.total': 'Amount claimed: {amount}',
  'summary.rateCapped':
    'Your loss of earnings of {claimed} per hour is reimbursed at most at {max} per hour.',
  'summary.selfRulesRounded':
    'At most {max} per hour and {maxHours} hours a day are reimbursed. A started hour counts as a full hour.',
  'summary.selfRules': 'At most {max} per hour and {maxHours} hours a day are reimbursed.',
  'summary.notBinding':
    'This calculation is not binding. The municipality checks your claim and sets the amount.',

  'ui.nav.submit': 'Submit claim',
  'ui.confirmation.title': 'Your claim has been sent',
  'ui.confirmation.nextText':
    'Handling your claim: {office}. Please quote your reference number if you get in touch.',
  'ui.submit.sending': 'Sending your claim …',
  'ui.submit.failedTitle': 'Your claim could not be sent',
  'ui.submit.rejected': 'The claim was not accepted. Please contact {office}.',
  'ui.submit.tooLarge': 'The claim is too large. Please shorten long texts.',
  'ui.submit.mismatch':
    'This claim was already sent with different answers. Please download your answers and contact {office}.',
  'ui.config.title': 'This claim cannot be shown right now',
  'ui.config.loading': 'Loading the claim …',
  'fields.privacyNotice.text': 'Your answers are only used to process this claim.',
};

export const messages: Record<Lang, Messages> = { de, en };
