/**
 * Texts of the certificate request (German first, plain language, formal "Sie"; English).
 * Keys: `<path>.label|hint|text|options.<value>`, errors `<path>.<code>`, the fee lines
 * `summary.*` of the review page, and `ui.confirmation.payment*`: the texts the confirmation page
 * shows beside the hub's payment link.
 */
import type { Lang, Messages } from '../../engine/types.js';

const de: Messages = {
  title: 'Urkunde beim Standesamt beantragen',

  'steps.urkunde.title': 'Welche Urkunde brauchen Sie?',
  'steps.urkunde.lead':
    'Sie bekommen die Urkunde von dem Standesamt, bei dem die Geburt, die Ehe, die Lebenspartnerschaft oder der Sterbefall beurkundet wurde.',
  'certificateType.label': 'Art der Urkunde',
  'certificateType.options.geburtsurkunde': 'Geburtsurkunde',
  'certificateType.options.eheurkunde': 'Eheurkunde',
  'certificateType.options.lebenspartnerschaftsurkunde': 'Lebenspartnerschaftsurkunde',
  'certificateType.options.sterbeurkunde': 'Sterbeurkunde',
  'certificateType.options.registerausdruck':
    'Beglaubigter Registerausdruck (mit allen späteren Änderungen)',
  'certificateType.required': 'Wählen Sie aus, welche Urkunde Sie brauchen.',
  'registerKind.label': 'Aus welchem Register?',
  'registerKind.options.geburtenregister': 'Geburtenregister',
  'registerKind.options.eheregister': 'Eheregister',
  'registerKind.options.lebenspartnerschaftsregister': 'Lebenspartnerschaftsregister',
  'registerKind.options.sterberegister': 'Sterberegister',
  'registerKind.required': 'Wählen Sie das Register aus.',
  'format.label': 'Format',
  'format.options.a4': 'A4',
  'format.options.a5': 'A5 (für das Familienstammbuch)',
  'format.options.mehrsprachig': 'Mehrsprachig (für Behörden im Ausland, EU-Verordnung 2016/1191)',
  'format.required': 'Wählen Sie ein Format aus.',
  'quantity.label': 'Anzahl',
  'quantity.hint': 'Höchstens {maxQuantity}. Jedes weitere Exemplar kostet weniger.',
  'quantity.required': 'Geben Sie an, wie viele Urkunden Sie brauchen.',
  'quantity.too_small': 'Geben Sie mindestens 1 ein.',
  'quantity.too_big':
    'Geben Sie höchstens {maximum} ein. Mehr Urkunden können Sie nicht auf einmal beantragen.',
  'quantity.tooMany':
    'Geben Sie höchstens {maxQuantity} ein. Mehr Urkunden können Sie nicht auf einmal beantragen.',

  'steps.eintrag.title': 'Um welchen Eintrag geht es?',
  'steps.eintrag.lead': 'Mit diesen Angaben findet das Standesamt den Eintrag im Register.',
  'ownBirthInfo.text':
    'Ihren Namen und Ihr Geburtsdatum haben Sie schon angegeben. Hier fehlen nur noch Angaben zu Ihrer Geburt.',
  'person.label': 'Person, um die es geht',
  'person.givenNames.required': 'Geben Sie den Vornamen der Person ein.',
  'person.familyName.required': 'Geben Sie den Familiennamen der Person ein.',
  'partner1.label': 'Erste Person',
  'partner1.givenNames.required': 'Geben Sie den Vornamen der ersten Person ein.',
  'partner1.familyName.required': 'Geben Sie den Familiennamen der ersten Person ein.',
  'partner2.label': 'Zweite Person',
  'partner2.givenNames.required': 'Geben Sie den Vornamen der zweiten Person ein.',
  'partner2.familyName.required': 'Geben Sie den Familiennamen der zweiten Person ein.',
  'person.birthName.label': 'Geburtsname',
  'person.birthName.hint': 'Nur wenn er anders ist als der Familienname.',
  'partner1.birthName.label': 'Geburtsname',
  'partner1.birthName.hint': 'Nur wenn er anders ist als der Familienname.',
  'partner2.birthName.label': 'Geburtsname',
  'partner2.birthName.hint': 'Nur wenn er anders ist als der Familienname.',
  'eventDate.label.geburt': 'Geburtsdatum',
  'eventDate.label.ehe': 'Tag der Eheschließung',
  'eventDate.label.lebenspartnerschaft': 'Tag der Begründung der Lebenspartnerschaft',
  'eventDate.label.sterbe': 'Sterbedatum',
  'eventDate.required':
    'Geben Sie das Datum der Geburt, der Eheschließung, der Lebenspartnerschaft oder des Todes ein.',
  // The error summary shows these without the field's label: they name the entry's kinds.
  'eventDate.inFuture':
    'Das Datum liegt nach dem heutigen Tag ({todayDate}). Geben Sie das Datum der Geburt, der Eheschließung, der Lebenspartnerschaft oder des Todes ein. Prüfen Sie vor allem das Jahr.',
  'eventDate.noPartnership':
    'Eine Lebenspartnerschaft konnte nur vom 1. August 2001 bis 30. September 2017 begründet werden. Geben Sie ein Datum in dieser Zeit ein. Geht es um eine Ehe, wählen Sie im ersten Schritt die Eheurkunde oder das Eheregister.',
  'eventDate.archived':
    'Der Eintrag ist älter als {years} Jahre. Dann liegt das Register meist im Stadtarchiv. Sie können den Antrag trotzdem senden. Das Standesamt sagt Ihnen, wohin Sie sich wenden können.',
  'eventPlace.label.geburt': 'Geburtsort',
  'eventPlace.label.ehe': 'Ort der Eheschließung',
  'eventPlace.label.lebenspartnerschaft': 'Ort der Begründung',
  'eventPlace.label.sterbe': 'Sterbeort',
  'eventPlace.required':
    'Geben Sie den Ort der Geburt, der Eheschließung, der Lebenspartnerschaft oder des Todes ein.',
  'parents.label': 'Namen der Eltern',
  'parents.hint': 'Wenn Sie sie kennen. Das hilft, den Eintrag zu finden.',
  'registerNumber.label': 'Registernummer',
  'registerNumber.hint': 'Wenn Sie sie kennen, zum Beispiel „G 334/1990“.',

  'steps.antragsteller.title': 'Wer beantragt die Urkunde?',
  'applicant.label': 'Ihre Angaben',
  'applicant.birthDate.tooYoung':
    'Eine Urkunde können Sie ab {minAge} Jahren beantragen. Prüfen Sie Ihr Geburtsdatum. Sind Sie jünger, kann ein Elternteil die Urkunde für Sie beantragen.',
  'applicant.address.label': 'Ihre Anschrift',

  'steps.berechtigung.title': 'In welcher Beziehung stehen Sie zu der Person in der Urkunde?',
  'steps.berechtigung.lead':
    'Urkunden bekommen nur die Personen selbst, ihre Ehegatten und Lebenspartner, Eltern, Großeltern, Kinder und Enkel. Andere brauchen einen Grund (§ 62 Personenstandsgesetz).',
  'relationship.label': 'Ich bin',
  'relationship.options.selbst': 'die Person selbst (es ist meine eigene Urkunde)',
  'relationship.options.ehegatte': 'Ehegatte, Ehegattin oder Lebenspartner, Lebenspartnerin',
  'relationship.options.vorfahre': 'Mutter, Vater, Großmutter oder Großvater',
  'relationship.options.abkoemmling': 'Kind oder Enkelkind',
  'relationship.options.geschwister': 'Schwester oder Bruder',
  'relationship.options.sonstige': 'eine andere Person mit einem rechtlichen Interesse',
  'relationship.required': 'Wählen Sie aus, in welcher Beziehung Sie zu der Person stehen.',
  'relationship.notForDeath':
    'Eine Sterbeurkunde können Sie nicht für sich selbst beantragen. Wählen Sie Ihre Beziehung zu der verstorbenen Person.',
  'relationship.siblingsBirthDeathOnly':
    'Geschwister bekommen nur Geburts- und Sterbeurkunden. Für eine Ehe oder Lebenspartnerschaft wählen Sie „andere Person“ und beschreiben Ihr rechtliches Interesse.',
  'interestStatement.label': 'Welches Interesse haben Sie an der Urkunde?',
  'interestStatement.hint':
    'Beschreiben Sie Ihr Interesse, zum Beispiel „Ich bin Erbe und brauche die Urkunde für den Erbschein“.',
  'interestStatement.required': 'Beschreiben Sie, welches Interesse Sie an der Urkunde haben.',
  'proofInfo.text':
    'Das Standesamt braucht einen Nachweis Ihres Interesses, zum Beispiel ein Schreiben des Nachlassgerichts. Reichen Sie den Nachweis bitte nach. Das Standesamt sagt Ihnen, wie.',
  'interestFile.label': 'Nachweis Ihres rechtlichen Interesses',
  'interestFile.hint':
    'Zum Beispiel ein Schreiben des Nachlassgerichts, ein Gerichtsbeschluss oder ein vollstreckbarer Titel.',
  'interestFile.required':
    'Laden Sie einen Nachweis Ihres Interesses hoch oder kreuzen Sie an, dass Sie ihn nachreichen.',
  'interestProofLater.label':
    'Ich lade keinen Nachweis hoch, sondern reiche ihn nach. Das Standesamt sagt mir, wie.',

  'steps.zweck.title': 'Wofür brauchen Sie die Urkunde?',
  'purpose.label': 'Zweck',
  'purpose.options.rente': 'für die gesetzliche Rentenversicherung',
  'purpose.options.kindergeldElterngeldMutterschaft':
    'für Kindergeld, Elterngeld oder Mutterschaftsgeld',
  'purpose.options.sonstigeSozialleistung': 'für eine andere Sozialleistung',
  'purpose.options.eheschliessung': 'für eine Eheschließung',
  'purpose.options.nachlassErbschein': 'für einen Nachlass oder Erbschein',
  'purpose.options.pass': 'für einen Pass oder Personalausweis',
  'purpose.options.ausland': 'für eine Behörde im Ausland',
  'purpose.options.familienforschung': 'für Familienforschung',
  'purpose.options.sonstiges': 'für etwas anderes',
  'purpose.required': 'Wählen Sie aus, wofür Sie die Urkunde brauchen.',
  'exemptInfo.text':
    'Für diesen Zweck ist die Urkunde gebührenfrei. Reichen Sie bitte einen Nachweis nach, zum Beispiel das Schreiben, in dem die Stelle die Urkunde verlangt. Ohne Nachweis kann das Standesamt die Gebühr verlangen.',
  'auslandInfo.text':
    'Für Behörden in der EU gibt es die mehrsprachige Urkunde. Braucht die Behörde eine Apostille oder Legalisation, ist das ein eigener Antrag.',

  'steps.zustellung.title': 'Wie möchten Sie die Urkunde bekommen?',
  'deliveryMethod.label': 'Zustellung',
  'deliveryMethod.options.post': 'per Post',
  'deliveryMethod.options.abholung': 'Ich hole sie im Standesamt ab.',
  'deliveryMethod.required': 'Wählen Sie aus, wie Sie die Urkunde bekommen möchten.',
  'otherAddress.label': 'An eine andere Anschrift senden',
  'deliveryAddress.label': 'Lieferanschrift',
  'deliveryAddress.name.label': 'Name der Empfängerin oder des Empfängers',
  'deliveryAddress.name.required': 'Geben Sie den Namen der Empfängerin oder des Empfängers ein.',

  'steps.erklaerungen.title': 'Bestätigen Sie Ihre Angaben',

  // The box above the answers holds the fee only ("Berechnung" over "Erste Urkunde: gebührenfrei").
  'ui.review.summary': 'Gebühr',
  'summary.first': 'Erste Urkunde: {amount}',
  'summary.further': 'Weitere Exemplare: {quantity} × {unit} = {amount}',
  'summary.firstExempt': 'Erste Urkunde: gebührenfrei',
  'summary.furtherExempt': 'Weitere Exemplare: {quantity}, gebührenfrei',
  'summary.postage': 'Versand: {amount}',
  'summary.total': 'Gebühr insgesamt: {amount}',
  'summary.exempt': 'Gebührenfrei für den angegebenen Zweck, wenn Sie den Nachweis nachreichen.',
  'summary.payment':
    'Sie bezahlen die Gebühr nach dem Absenden: online, wenn die Stadt das anbietet, sonst auf Rechnung des Standesamts.',
  'summary.notBinding': 'Die Gebühr setzt das Standesamt fest.',

  // How the fee is paid (as the review's `summary.payment` says) and how the certificate comes.
  'ui.confirmation.nextText':
    'Zuständig für Ihren Antrag: {office}. Bitte geben Sie bei Rückfragen Ihre Vorgangsnummer an. Ist eine Gebühr zu zahlen und steht auf dieser Seite kein Link zum Bezahlen, schickt Ihnen das Standesamt eine Rechnung. Die Urkunde kommt per Post oder Sie holen sie im Standesamt ab, so wie Sie es gewählt haben.',
  // English calls it a request throughout (see there); German says "Antrag" as the shared texts
  // do, given here so both languages have the same keys.
  'ui.nav.submit': 'Antrag verbindlich absenden',
  'ui.confirmation.title': 'Ihr Antrag wurde gesendet',
  'ui.submit.sending': 'Ihr Antrag wird gesendet …',
  'ui.submit.failedTitle': 'Ihr Antrag konnte nicht gesendet werden',
  'ui.submit.rejected': 'Der Antrag wurde nicht angenommen. Bitte wenden Sie sich an {office}.',
  'ui.submit.tooLarge': 'Der Antrag ist zu groß. Bitte kürzen Sie lange Texte.',
  'ui.submit.mismatch':
    'Dieser Antrag wurde mit anderen Angaben bereits gesendet. Bitte laden Sie Ihre Angaben herunter und wenden Sie sich an {office}.',
  'ui.config.title': 'Dieser Antrag kann gerade nicht angezeigt werden',
  'ui.config.loading': 'Der Antrag wird geladen …',
  'ui.confirmation.payment': 'Zu zahlende Gebühr',
  'ui.confirmation.paymentText':
    'Das Standesamt bearbeitet Ihren Antrag, sobald die Gebühr bezahlt ist. Ihr Antrag ist schon gesendet: Wenn Sie nach dem Bezahlen wieder auf diese Seite kommen, müssen Sie ihn nicht noch einmal stellen.',
  'ui.confirmation.payNow': 'Gebühr jetzt bezahlen',
  // Paid, or back from the payment page (the page asks the hub for the payment's state).
  'ui.confirmation.payment.paid':
    'Die Gebühr ist bezahlt. Vielen Dank! Das Standesamt bearbeitet jetzt Ihren Antrag.',
  'ui.confirmation.payment.open':
    'Ihre Zahlung ist noch nicht bei uns angekommen. Wenn Sie gerade bezahlt haben, kann das einige Minuten dauern: Sie müssen nichts weiter tun. Wenn Sie noch nicht bezahlt haben, können Sie es jetzt tun. Ihr Antrag ist schon gesendet.',
  'ui.confirmation.payment.failed':
    'Die Zahlung hat nicht geklappt. Versuchen Sie es bitte noch einmal. Ihr Antrag ist schon gesendet; Sie müssen ihn nicht noch einmal stellen.',
};

const en: Messages = {
  title: 'Request a civil status certificate',

  'steps.urkunde.title': 'Which certificate do you need?',
  'steps.urkunde.lead':
    'You get the certificate from the registry office where the birth, marriage, civil partnership or death was registered.',
  'certificateType.label': 'Type of certificate',
  'certificateType.options.geburtsurkunde': 'Birth certificate',
  'certificateType.options.eheurkunde': 'Marriage certificate',
  'certificateType.options.lebenspartnerschaftsurkunde': 'Civil partnership certificate',
  'certificateType.options.sterbeurkunde': 'Death certificate',
  'certificateType.options.registerausdruck':
    'Certified copy of the register entry (with all later changes)',
  'certificateType.required': 'Choose which certificate you need.',
  'registerKind.label': 'From which register?',
  'registerKind.options.geburtenregister': 'Register of births',
  'registerKind.options.eheregister': 'Register of marriages',
  'registerKind.options.lebenspartnerschaftsregister': 'Register of civil partnerships',
  'registerKind.options.sterberegister': 'Register of deaths',
  'registerKind.required': 'Choose the register.',
  'format.label': 'Format',
  'format.options.a4': 'A4',
  'format.options.a5': 'A5 (for the family register book)',
  'format.options.mehrsprachig': 'Multilingual (for authorities abroad, EU Regulation 2016/1191)',
  'format.required': 'Choose a format.',
  'quantity.label': 'Number of copies',
  'quantity.hint': 'At most {maxQuantity}. Each further copy costs less.',
  'quantity.required': 'Enter how many certificates you need.',
  'quantity.too_small': 'Enter at least 1.',
  'quantity.too_big': 'Enter at most {maximum}. You cannot request more certificates at once.',
  'quantity.tooMany': 'Enter at most {maxQuantity}. You cannot request more certificates at once.',

  'steps.eintrag.title': 'Which entry is it about?',
  'steps.eintrag.lead': 'These details help the registry office find the entry in the register.',
  'ownBirthInfo.text':
    'You have already given your name and date of birth. Only a few details of your birth are missing here.',
  'person.label': 'The person the entry is about',
  'person.givenNames.required': 'Enter the given name of the person.',
  'person.familyName.required': 'Enter the family name of the person.',
  'partner1.label': 'First person',
  'partner1.givenNames.required': 'Enter the given name of the first person.',
  'partner1.familyName.required': 'Enter the family name of the first person.',
  'partner2.label': 'Second person',
  'partner2.givenNames.required': 'Enter the given name of the second person.',
  'partner2.familyName.required': 'Enter the family name of the second person.',
  'person.birthName.label': 'Birth name',
  'person.birthName.hint': 'Only if it differs from the family name.',
  'partner1.birthName.label': 'Birth name',
  'partner1.birthName.hint': 'Only if it differs from the family name.',
  'partner2.birthName.label': 'Birth name',
  'partner2.birthName.hint': 'Only if it differs from the family name.',
  'eventDate.label.geburt': 'Date of birth',
  'eventDate.label.ehe': 'Date of the marriage',
  'eventDate.label.lebenspartnerschaft': 'Date the civil partnership was registered',
  'eventDate.label.sterbe': 'Date of death',
  'eventDate.required': 'Enter the date of the birth, marriage, civil partnership or death.',
  'eventDate.inFuture':
    'The date is after today ({todayDate}). Enter the date of the birth, marriage, civil partnership or death. Check the year in particular.',
  'eventDate.noPartnership':
    'A civil partnership could only be registered from 1 August 2001 to 30 September 2017. Enter a date in this period. If it is about a marriage, choose the marriage certificate or the register of marriages in the first step.',
  'eventDate.archived':
    'The entry is older than {years} years. The register is then usually in the city archive. You can still send the request. The registry office will tell you where to turn.',
  'eventPlace.label.geburt': 'Place of birth',
  'eventPlace.label.ehe': 'Place of the marriage',
  'eventPlace.label.lebenspartnerschaft': 'Place of registration',
  'eventPlace.label.sterbe': 'Place of death',
  'eventPlace.required': 'Enter the place of the birth, marriage, civil partnership or death.',
  'parents.label': 'Names of the parents',
  'parents.hint': 'If you know them. This helps to find the entry.',
  'registerNumber.label': 'Register number',
  'registerNumber.hint': 'If you know it, for example “G 334/1990”.',

  'steps.antragsteller.title': 'Who is requesting the certificate?',
  'applicant.label': 'Your details',
  'applicant.birthDate.tooYoung':
    'You can request a certificate from the age of {minAge}. Check your date of birth. If you are younger, a parent can request the certificate for you.',
  'applicant.address.label': 'Your address',

  'steps.berechtigung.title': 'How are you related to the person on the certificate?',
  'steps.berechtigung.lead':
    'Certificates are issued only to the persons themselves, their spouses and civil partners, parents, grandparents, children and grandchildren. Others need a reason (section 62 Civil Status Act).',
  'relationship.label': 'I am',
  'relationship.options.selbst': 'the person (it is my own certificate)',
  'relationship.options.ehegatte': 'the spouse or civil partner',
  'relationship.options.vorfahre': 'the mother, father, grandmother or grandfather',
  'relationship.options.abkoemmling': 'a child or grandchild',
  'relationship.options.geschwister': 'a sister or brother',
  'relationship.options.sonstige': 'another person with a legal interest',
  'relationship.required': 'Choose how you are related to the person.',
  'relationship.notForDeath':
    'You cannot request a death certificate for yourself. Choose how you are related to the person who died.',
  'relationship.siblingsBirthDeathOnly':
    'Siblings get only birth and death certificates. For a marriage or civil partnership choose “another person” and describe your legal interest.',
  'interestStatement.label': 'What is your interest in the certificate?',
  'interestStatement.hint':
    'Describe your interest, for example “I am an heir and need the certificate for the certificate of inheritance”.',
  'interestStatement.required': 'Describe your interest in the certificate.',
  'proofInfo.text':
    'The registry office needs proof of your interest, for example a letter from the probate court. Please send the proof later. The registry office will tell you how.',
  'interestFile.label': 'Proof of your legal interest',
  'interestFile.hint':
    'For example a letter from the probate court, a court decision or an enforceable title.',
  'interestFile.required': 'Upload proof of your interest or tick that you will send it later.',
  'interestProofLater.label':
    'I will not upload proof but send it later. The registry office will tell me how.',

  'steps.zweck.title': 'What do you need the certificate for?',
  'purpose.label': 'Purpose',
  'purpose.options.rente': 'for the statutory pension insurance',
  'purpose.options.kindergeldElterngeldMutterschaft':
    'for child benefit, parental allowance or maternity pay',
  'purpose.options.sonstigeSozialleistung': 'for another social benefit',
  'purpose.options.eheschliessung': 'to get married',
  'purpose.options.nachlassErbschein': 'for an estate or certificate of inheritance',
  'purpose.options.pass': 'for a passport or identity card',
  'purpose.options.ausland': 'for an authority abroad',
  'purpose.options.familienforschung': 'for family research',
  'purpose.options.sonstiges': 'for something else',
  'purpose.required': 'Choose what you need the certificate for.',
  'exemptInfo.text':
    'For this purpose the certificate is free of charge. Please send proof later, for example the letter in which the office asks for the certificate. Without proof the registry office may charge the fee.',
  'auslandInfo.text':
    'For authorities in the EU there is the multilingual certificate. If the authority needs an apostille or legalisation, that is a separate application.',

  'steps.zustellung.title': 'How do you want to receive the certificate?',
  'deliveryMethod.label': 'Delivery',
  'deliveryMethod.options.post': 'by post',
  'deliveryMethod.options.abholung': 'I will collect it at the registry office.',
  'deliveryMethod.required': 'Choose how you want to receive the certificate.',
  'otherAddress.label': 'Send to a different address',
  'deliveryAddress.label': 'Delivery address',
  'deliveryAddress.name.label': 'Name of the recipient',
  'deliveryAddress.name.required': 'Enter the name of the recipient.',

  'steps.erklaerungen.title': 'Confirm your details',

  'ui.review.summary': 'Fee',
  'summary.first': 'First certificate: {amount}',
  'summary.further': 'Further copies: {quantity} × {unit} = {amount}',
  'summary.firstExempt': 'First certificate: free of charge',
  'summary.furtherExempt': 'Further copies: {quantity}, free of charge',
  'summary.postage': 'Postage: {amount}',
  'summary.total': 'Total fee: {amount}',
  'summary.exempt': 'Free of charge for the stated purpose if you send the proof later.',
  'summary.payment':
    'You pay the fee after sending: online where the city offers it, otherwise when the registry office sends you an invoice.',
  'summary.notBinding': 'The registry office sets the fee.',

  'ui.confirmation.nextText':
    'Handling your request: {office}. Please quote your reference number if you get in touch. If there is a fee to pay and this page has no link to pay it, the registry office sends you an invoice. You get the certificate by post or collect it at the registry office, as you chose.',
  // The title and the confirmation call it a request (a certificate is requested): the shared
  // texts around sending say "application".
  'ui.nav.submit': 'Submit request',
  'ui.confirmation.title': 'Your request has been sent',
  'ui.submit.sending': 'Sending your request …',
  'ui.submit.failedTitle': 'Your request could not be sent',
  'ui.submit.rejected': 'The request was not accepted. Please contact {office}.',
  'ui.submit.tooLarge': 'The request is too large. Please shorten long texts.',
  'ui.submit.mismatch':
    'This request was already sent with different answers. Please download your answers and contact {office}.',
  'ui.config.title': 'This request cannot be shown right now',
  'ui.config.loading': 'Loading the request …',
  'ui.confirmation.payment': 'Fee to pay',
  'ui.confirmation.paymentText':
    'The registry office processes your request once the fee has been paid. Your request has already been sent: when you come back to this page after paying, you do not need to send it again.',
  'ui.confirmation.payNow': 'Pay the fee now',
  'ui.confirmation.payment.paid':
    'The fee has been paid. Thank you! The registry office is now processing your request.',
  'ui.confirmation.payment.open':
    'Your payment has not reached us yet. If you have just paid, this can take a few minutes: you do not need to do anything else. If you have not paid yet, you can do so now. Your request has already been sent.',
  'ui.confirmation.payment.failed':
    'The payment did not go through. Please try again. Your request has already been sent; you do not need to send it again.',
};

export const messages: Record<Lang, Messages> = { de, en };
