/**
 * Texts of the Hundesteuer assistant. Keys: `steps.<id>.title|lead`, `<fieldKey>.label|hint|text`,
 * `<fieldKey>.options.<value>`, `<fieldKey>.<errorCode>`, `summary.*`. Shared block fields
 * (names, address, contact, bank account, declarations) use `fields.<name>.*` from
 * src/components/messages.ts unless the wording must differ here.
 */
import type { Lang, Messages } from '../../engine/types.js';

const de: Messages = {
  title: 'Hundesteuer',

  'steps.anliegen.title': 'Möchten Sie einen Hund anmelden oder abmelden?',
  'steps.halter.title': 'Wer hält den Hund?',
  'steps.halter.lead':
    'Halterin oder Halter ist, wer den Hund in den eigenen Haushalt aufgenommen hat. Sie oder er zahlt die Hundesteuer.',
  'steps.hunde.title': 'Welche Hunde möchten Sie anmelden?',
  'steps.hunde.lead':
    'Geben Sie die Angaben für jeden Hund ein. Sie können bis zu fünf Hunde in einem Antrag anmelden.',
  'steps.gefahr.title': 'Gilt einer Ihrer Hunde als gefährlich?',
  'steps.verguenstigung.title': 'Beantragen Sie eine Steuervergünstigung?',
  'steps.verguenstigung.lead':
    'Für manche Hunde zahlen Sie keine oder weniger Hundesteuer, zum Beispiel für Blindenführhunde. Die Gründe legt die Hundesteuersatzung fest.',
  'steps.zahlung.title': 'Wie möchten Sie die Hundesteuer bezahlen?',
  'steps.abmeldung.title': 'Welchen Hund möchten Sie abmelden?',
  'steps.abmeldung.lead':
    'Melden Sie den Hund ab, sobald Sie ihn nicht mehr halten. Die Steuerpflicht endet in der Regel mit Ablauf des Monats, in dem die Haltung endet.',
  'steps.erklaerungen.title': 'Bestätigen Sie Ihre Angaben',

  'requestType.label': 'Ihr Anliegen',
  'requestType.hint':
    'Eine neue Anschrift in der Stadt oder eine neue Bankverbindung teilen Sie bitte direkt der Steuerverwaltung mit.',
  'requestType.options.anmeldung': 'Einen Hund anmelden',
  'requestType.options.abmeldung': 'Einen Hund abmelden',
  'requestType.required': 'Wählen Sie aus, ob Sie einen Hund anmelden oder abmelden möchten.',
  'zuzugHinweis.text':
    'Sie ziehen mit Ihrem Hund aus einer anderen Gemeinde hierher? Dann melden Sie den Hund hier an und bei Ihrer bisherigen Gemeinde ab.',
  'taxReference.label': 'Aktenzeichen der Hundesteuer',
  'taxReference.hint':
    'Es steht auf Ihrem Steuerbescheid. Wenn Sie es nicht zur Hand haben, lassen Sie das Feld leer.',
  'taxReference.invalid_format':
    'Geben Sie das Aktenzeichen so ein, wie es auf Ihrem Steuerbescheid steht.',

  'halter.label': 'Ihre Angaben',
  'halter.birthDate.in_future': 'Das Geburtsdatum muss in der Vergangenheit liegen.',
  'halter.address.label': 'Ihre Wohnanschrift',
  'halter.movedIn.label': 'Ich bin mit dem Hund aus einer anderen Gemeinde zugezogen.',
  'halter.previousMunicipality.label': 'Aus welcher Gemeinde sind Sie zugezogen?',
  'halter.previousMunicipality.required':
    'Geben Sie die Gemeinde ein, in der Sie vorher gewohnt haben.',
  'halter.alreadyRegisteredDogs.label':
    'Wie viele Hunde haben Sie in Ihrem Haushalt schon bei uns angemeldet?',
  'halter.alreadyRegisteredDogs.hint':
    'Zählen Sie nur Hunde, für die Sie schon Hundesteuer zahlen, nicht die Hunde dieses Antrags. Geben Sie 0 ein, wenn es keine gibt.',
  'halter.alreadyRegisteredDogs.required':
    'Geben Sie die Zahl der schon angemeldeten Hunde ein, zum Beispiel 0.',
  'halter.alreadyRegisteredDogs.invalid_type':
    'Geben Sie eine ganze Zahl ein, zum Beispiel 0 oder 1.',
  'halter.alreadyRegisteredDogs.too_small': 'Geben Sie 0 oder eine größere Zahl ein.',
  'halter.alreadyRegisteredDogs.too_big':
    'Geben Sie höchstens {maximum} ein. Bei mehr Hunden wenden Sie sich bitte an die Steuerverwaltung.',
  'halter.alreadyRegisteredDangerousDogs.label': 'Wie viele davon sind gefährliche Hunde?',
  'halter.alreadyRegisteredDangerousDogs.hint':
    'Gefährlich im Sinne des sächsischen Gesetzes zum Schutze der Bevölkerung vor gefährlichen Hunden.',
  'halter.alreadyRegisteredDangerousDogs.required':
    'Geben Sie ein, wie viele der angemeldeten Hunde gefährlich sind, zum Beispiel 0.',
  'halter.alreadyRegisteredDangerousDogs.invalid_type':
    'Geben Sie eine ganze Zahl ein, zum Beispiel 0 oder 1.',
  'halter.alreadyRegisteredDangerousDogs.too_small': 'Geben Sie 0 oder eine größere Zahl ein.',
  'halter.alreadyRegisteredDangerousDogs.too_big': 'Geben Sie höchstens {maximum} ein.',
  'halter.alreadyRegisteredDangerousDogs.more_than_registered':
    'Geben Sie eine Zahl von 0 bis {registered} ein. Es können nicht mehr gefährliche Hunde sein, als Sie angemeldet haben.',

  'hunde.label': 'Ihre Hunde',
  'hunde.item': 'Hund {n}: {name}',
  // The list falls back to these while a new dog has no name yet, and on the review page.
  'ui.list.item': 'Hund {n}',
  'hunde.add': 'Noch einen Hund hinzufügen',
  'hunde.remove': 'Hund {n} entfernen',
  'hunde.required': 'Fügen Sie mindestens einen Hund hinzu.',
  'hunde.too_few': 'Fügen Sie mindestens einen Hund hinzu.',
  'hunde.too_many':
    'Sie können höchstens {maximum} Hunde in einem Antrag anmelden. Stellen Sie für weitere Hunde bitte einen zweiten Antrag.',
  'hunde[].name.label': 'Name des Hundes',
  'hunde[].name.required': 'Geben Sie den Namen des Hundes ein.',
  'hunde[].breed.label': 'Rasse',
  'hunde[].breed.hint': 'Wählen Sie „Mischling“, wenn der Hund keiner einzelnen Rasse angehört.',
  'hunde[].breed.options.mischling': 'Mischling',
  'hunde[].breed.options.andere': 'Andere Rasse',
  'hunde[].breed.required': 'Wählen Sie die Rasse des Hundes aus.',
  'hunde[].breed.invalid_value': 'Wählen Sie eine Rasse aus der Liste aus oder „Andere Rasse“.',
  'hunde[].breedOther.label': 'Welche Rasse?',
  'hunde[].breedOther.required': 'Geben Sie die Rasse des Hundes ein.',
  'hunde[].mixedBreedOf.label': 'Aus welchen Rassen ist der Hund gekreuzt?',
  'hunde[].mixedBreedOf.hint':
    'Zum Beispiel „Labrador und Pudel“. Wenn Sie es nicht wissen, schreiben Sie „unbekannt“.',
  'hunde[].mixedBreedOf.required':
    'Geben Sie ein, aus welchen Rassen der Hund gekreuzt ist, oder schreiben Sie „unbekannt“.',
  'hunde[].sex.label': 'Geschlecht',
  'hunde[].sex.options.huendin': 'Hündin',
  'hunde[].sex.options.ruede': 'Rüde',
  'hunde[].sex.required': 'Wählen Sie aus, ob der Hund eine Hündin oder ein Rüde ist.',
  'hunde[].birthDate.label': 'Geburtsdatum (Wurftag)',
  'hunde[].birthDate.hint': 'Wenn Sie nur Monat und Jahr kennen, geben Sie den 1. des Monats an.',
  'hunde[].birthDate.required': 'Geben Sie das Geburtsdatum des Hundes ein.',
  'hunde[].birthDate.in_future': 'Das Geburtsdatum muss in der Vergangenheit liegen.',
  'hunde[].heldSince.label': 'Seit wann lebt der Hund bei Ihnen?',
  'hunde[].heldSince.hint':
    'Der Tag, an dem Sie den Hund aufgenommen haben, oder der Tag Ihres Zuzugs.',
  'hunde[].heldSince.required': 'Geben Sie ein, seit wann der Hund bei Ihnen lebt.',
  'hunde[].heldSince.in_future':
    'Das Datum darf nicht nach dem heutigen Tag liegen. Melden Sie den Hund an, sobald er bei Ihnen lebt.',
  'hunde[].heldSince.before_birth':
    'Der Hund ist am {birthDate} geboren. Geben Sie diesen Tag oder einen späteren Tag ein.',
  'hunde[].origin.label': 'Woher stammt der Hund?',
  'hunde[].origin.options.zuechter': 'Von einer Züchterin oder einem Züchter',
  'hunde[].origin.options.privat': 'Von einer Privatperson',
  'hunde[].origin.options.tierheim': 'Aus einem Tierheim',
  'hunde[].origin.options.fundtier': 'Er ist mir zugelaufen (Fundtier)',
  'hunde[].origin.options.zuzug': 'Er lebte schon vor meinem Zuzug bei mir',
  'hunde[].origin.options.eigeneZucht': 'Aus eigener Zucht',
  'hunde[].chipNumber.label': 'Chipnummer (Transponder)',
  'hunde[].chipNumber.hint':
    'Die 15-stellige Nummer steht im Heimtierausweis, zum Beispiel 276098106543210.',
  'hunde[].chipNumber.invalid_format':
    'Geben Sie die Chipnummer mit genau 15 Ziffern ohne Leerzeichen ein.',
  'hunde[].chipNumber.required':
    'Geben Sie die Chipnummer ein. Ohne sie gibt es die Ermäßigung für den Chip nicht.',
  'hunde[].chipReadConsent.label':
    'Ich bin einverstanden, dass Mitarbeitende der Stadt den Chip dieses Hundes auslesen. Dafür zahle ich {amount} Euro weniger Hundesteuer im Jahr.',
  'hunde[].chipReadConsent.hint': 'Geben Sie dafür oben die Chipnummer ein.',
  'hunde[].fromLocalShelter.label': 'Haben Sie den Hund aus dem {shelter}?',
  'hunde[].fromLocalShelter.hint':
    'Dann zahlen Sie für die ersten {months} Monate keine Hundesteuer.',
  'hunde[].fromLocalShelter.options.ja': 'Ja',
  'hunde[].fromLocalShelter.options.nein': 'Nein',
  'hunde[].fromLocalShelter.required': 'Wählen Sie aus, ob der Hund aus diesem Tierheim kommt.',

  'gefahrHinweis.text':
    'Nach sächsischem Recht gelten Hunde dieser Rassen und ihre Kreuzungen als gefährlich: {breeds}. Außerdem kann die Behörde einen Hund im Einzelfall als gefährlich einstufen.',
  'hunde[].dangerStatus.label': 'Gilt der Hund als gefährlich?',
  'hunde[].dangerStatus.options.keine':
    'Nein, er gehört zu keiner dieser Rassen und wurde nicht als gefährlich eingestuft',
  'hunde[].dangerStatus.options.vermutet':
    'Ja, er gehört zu einer der genannten Rassen oder ist eine Kreuzung davon',
  'hunde[].dangerStatus.options.imEinzelfallFestgestellt':
    'Ja, die Behörde hat ihn im Einzelfall als gefährlich eingestuft',
  'hunde[].dangerStatus.options.vermutungWiderlegt':
    'Nein, er gehört zu einer genannten Rasse, aber die Vermutung wurde widerlegt (zum Beispiel durch einen Wesenstest)',
  'hunde[].dangerStatus.required': 'Wählen Sie aus, ob der Hund als gefährlich gilt.',
  'hunde[].dangerStatus.listed_breed':
    'Nach Ihren Angaben gehört der Hund zu einer Rasse, die als gefährlich gilt. Prüfen Sie Ihre Auswahl. Wenn die Vermutung widerlegt wurde, wählen Sie die letzte Möglichkeit.',
  'hunde[].dangerPermitAuthority.label': 'Welche Behörde hat Ihnen das Halten des Hundes erlaubt?',
  'hunde[].dangerPermitAuthority.hint':
    'Zum Beispiel das Ordnungsamt der Stadt oder das Landratsamt.',
  'hunde[].dangerPermitAuthority.required':
    'Geben Sie die Behörde ein, die Ihnen die Erlaubnis erteilt hat.',
  'hunde[].dangerPermitDate.label': 'Datum der Erlaubnis',
  'hunde[].dangerPermitDate.required': 'Geben Sie das Datum der Erlaubnis ein.',
  'hunde[].dangerPermitDate.in_future':
    'Das Datum der Erlaubnis darf nicht nach dem heutigen Tag liegen.',
  'hunde[].dangerPermitRef.label': 'Aktenzeichen der Erlaubnis',
  'hunde[].dangerPermitRef.hint': 'Es steht auf dem Bescheid über die Erlaubnis.',
  'hunde[].dangerRules.text':
    'Für gefährliche Hunde gelten besondere Pflichten, zum Beispiel Leine und Maulkorb außerhalb eines eingefriedeten Grundstücks, ein Warnschild und eine besondere Haftpflichtversicherung.',
  'hunde[].rebuttalHint.text':
    'Bitte halten Sie den Nachweis bereit, dass die Vermutung widerlegt wurde, zum Beispiel das Ergebnis des Wesenstests. Die Steuerverwaltung fordert ihn bei Bedarf an.',

  'hunde[].reliefRequested.label': 'Beantragen Sie für diesen Hund eine Steuervergünstigung?',
  'hunde[].reliefRequested.options.nein': 'Nein',
  'hunde[].reliefRequested.options.befreiung': 'Ja, eine Befreiung von der Hundesteuer',
  'hunde[].reliefRequested.options.ermaessigung': 'Ja, eine Ermäßigung der Hundesteuer',
  'hunde[].reliefRequested.required':
    'Wählen Sie aus, ob Sie für diesen Hund eine Steuervergünstigung beantragen.',
  'hunde[].reliefRequested.invalid_value': 'Wählen Sie eine der angebotenen Möglichkeiten aus.',
  'hunde[].reliefReason.label': 'Aus welchem Grund?',
  'hunde[].reliefReason.required': 'Wählen Sie den Grund für die Befreiung oder Ermäßigung aus.',
  'hunde[].reliefReason.invalid_value': 'Wählen Sie einen der angebotenen Gründe aus.',
  'hunde[].reliefReason.first_dog_only':
    'Diese Ermäßigung gibt es nur für den ersten Hund im Haushalt. Für diesen Hund wird sie voraussichtlich nicht gewährt.',
  'hunde[].reliefEvidence.text':
    'Die Steuerverwaltung prüft Ihren Antrag und fordert die nötigen Nachweise bei Ihnen an, zum Beispiel eine Kopie des Schwerbehindertenausweises.',
  'hunde[].reliefNotForDangerous.text':
    'Für gefährliche Hunde gibt es keine Befreiung und keine Ermäßigung.',

  'zahlung.label': 'Zahlung',
  'zahlung.paymentMethod.label': 'Zahlungsweise',
  'zahlung.paymentMethod.options.lastschrift':
    'Lastschrift: Die Stadt bucht die Steuer von Ihrem Konto ab',
  'zahlung.paymentMethod.options.ueberweisung': 'Überweisung: Sie überweisen die Steuer selbst',
  'zahlung.paymentMethod.required': 'Wählen Sie aus, wie Sie die Hundesteuer bezahlen möchten.',
  'zahlung.bankAccount.label': 'Ihre Bankverbindung',
  'zahlung.annualPayment.label':
    'Ich möchte die Hundesteuer einmal im Jahr in einem Betrag bezahlen.',
  'zahlung.annualPayment.hint': 'Sonst zahlen Sie in Teilbeträgen zu den Fälligkeitsterminen.',

  'abmeldung.label': 'Abmeldung',
  'abmeldung.dogName.label': 'Name des Hundes',
  'abmeldung.tagNumber.label': 'Nummer der Hundesteuermarke',
  'abmeldung.tagNumber.hint': 'Die Nummer steht auf der Steuermarke und im Steuerbescheid.',
  'abmeldung.tagNumber.required':
    'Geben Sie die Nummer der Hundesteuermarke ein. Sie steht auch im Steuerbescheid.',
  'abmeldung.deregistrationReason.label': 'Warum halten Sie den Hund nicht mehr?',
  'abmeldung.deregistrationReason.options.tod': 'Der Hund ist gestorben',
  'abmeldung.deregistrationReason.options.abgabe':
    'Ich habe den Hund abgegeben (verkauft, verschenkt oder vermittelt)',
  'abmeldung.deregistrationReason.options.tierheimAbgabe':
    'Ich habe den Hund in ein Tierheim gegeben',
  'abmeldung.deregistrationReason.options.wegzug': 'Ich bin mit dem Hund aus der Stadt weggezogen',
  'abmeldung.deregistrationReason.options.entlaufen': 'Der Hund ist entlaufen',
  'abmeldung.deregistrationReason.options.sonstiges': 'Aus einem anderen Grund',
  'abmeldung.deregistrationReason.required':
    'Wählen Sie aus, warum Sie den Hund nicht mehr halten.',
  'abmeldung.reasonOther.label': 'Welcher Grund?',
  'abmeldung.reasonOther.required': 'Beschreiben Sie kurz, warum Sie den Hund nicht mehr halten.',
  'abmeldung.endDate.label': 'Seit wann halten Sie den Hund nicht mehr?',
  'abmeldung.endDate.hint':
    'Zum Beispiel der Todestag, der Tag der Abgabe oder der Tag Ihres Umzugs.',
  'abmeldung.endDate.required': 'Geben Sie ein, seit wann Sie den Hund nicht mehr halten.',
  'abmeldung.endDate.in_future':
    'Das Datum darf nicht nach dem heutigen Tag liegen. Melden Sie den Hund ab, wenn Sie ihn nicht mehr halten.',
  'abmeldung.endDate.late_notice':
    'Einen Hund müssen Sie innerhalb von {days} Tagen nach dem Ende der Haltung abmelden. Diese Frist endete am {deadlineDate}. Sie können den Hund trotzdem abmelden. Halten Sie einen Nachweis über das Ende der Haltung bereit, die Steuerverwaltung kann ihn verlangen.',
  'abmeldung.newHolder.label': 'Wer hält den Hund jetzt?',
  'abmeldung.newHolder.givenNames.required':
    'Geben Sie den Vornamen der neuen Halterin oder des neuen Halters ein.',
  'abmeldung.newHolder.familyName.required':
    'Geben Sie den Familiennamen der neuen Halterin oder des neuen Halters ein.',
  'abmeldung.newHolder.address.label': 'Anschrift der neuen Halterin oder des neuen Halters',
  'abmeldung.newAddress.label': 'Ihre neue Anschrift',
  'abmeldung.tagReturn.label': 'Was geschieht mit der Hundesteuermarke?',
  'abmeldung.tagReturn.options.beigefuegtPerPost': 'Ich schicke sie per Post zurück',
  'abmeldung.tagReturn.options.wirdAbgegeben': 'Ich gebe sie persönlich ab',
  'abmeldung.tagReturn.options.verloren': 'Sie ist verloren gegangen',
  'abmeldung.tagReturn.required': 'Wählen Sie aus, was mit der Hundesteuermarke geschieht.',
  'abmeldung.evidenceHint.text':
    'Bitte halten Sie einen Nachweis bereit, zum Beispiel eine tierärztliche Bescheinigung oder den Abgabevertrag. Die Steuerverwaltung fordert ihn bei Bedarf an.',

  'summary.dog': '{name}: {amount} pro Jahr, steuerpflichtig ab {from}',
  'summary.dogDangerous':
    '{name}: {amount} pro Jahr (Steuersatz für gefährliche Hunde), steuerpflichtig ab {from}',
  'summary.dogReduced':
    '{name}: {amount} pro Jahr mit {percent} % Ermäßigung, steuerpflichtig ab {from}',
  'summary.dogRate': '{name}: Steuersatz {amount} pro Jahr',
  'summary.chipReduction': 'abzüglich {amount} Ermäßigung für den Chip',
  'summary.chipReductionUntil': 'abzüglich {amount} Ermäßigung für den Chip (bis {until})',
  'summary.percentReduction': 'abzüglich {percent} % Ermäßigung: {amount}',
  'summary.puppyFree': '{name}: steuerfrei, bis der Hund {months} Monate alt ist',
  'summary.shelterFree':
    '{name}: die ersten {months} Monate steuerfrei, weil der Hund aus dem {shelter} kommt',
  'summary.dogExempt': '{name}: keine Hundesteuer, wenn die Befreiung gewährt wird',
  'summary.dogExemptUntil':
    '{name}: keine Hundesteuer bis {until}, wenn die Befreiung gewährt wird',
  'summary.firstDogOnly':
    'Die beantragte Ermäßigung gibt es nur für den ersten Hund im Haushalt. Sie ist für {name} nicht berücksichtigt.',
  'summary.total': 'Voraussichtliche Hundesteuer pro Jahr: {amount}',
  'summary.currentYear':
    'Voraussichtlich für {year}, anteilig ab Beginn der Steuerpflicht: {amount}',
  'summary.currentYearNone': 'Für {year} zahlen Sie voraussichtlich noch keine Hundesteuer.',
  'summary.registeredIncrease':
    'Für Ihre schon angemeldeten Hunde steigt die Steuer dadurch voraussichtlich um {amount} pro Jahr.',
  'summary.registeredDecrease':
    'Für Ihre schon angemeldeten Hunde sinkt die Steuer dadurch voraussichtlich um {amount} pro Jahr.',
  'summary.dueDates': 'Die Hundesteuer ist jeweils am {dates} fällig.',
  'summary.notBinding':
    'Diese Berechnung ist unverbindlich. Verbindlich ist allein der Steuerbescheid. Die Steuersätze stehen in der {statuteUrl}.',
  // The text of the statute's link (review page); the office's mail adds the address in brackets.
  'summary.notBinding.statuteUrl': 'Hundesteuersatzung',
};

const en: Messages = {
  title: 'Dog tax',

  'steps.anliegen.title': 'Do you want to register or deregister a dog?',
  'steps.halter.title': 'Who keeps the dog?',
  'steps.halter.lead':
    'The keeper is the person who has taken the dog into their household. The keeper pays the dog tax.',
  'steps.hunde.title': 'Which dogs do you want to register?',
  'steps.hunde.lead':
    'Enter the details of each dog. You can register up to five dogs in one application.',
  'steps.gefahr.title': 'Is any of your dogs classed as dangerous?',
  'steps.verguenstigung.title': 'Are you applying for tax relief?',
  'steps.verguenstigung.lead':
    'For some dogs you pay no or less dog tax, for example for guide dogs for blind people. The dog tax statute sets out the reasons.',
  'steps.zahlung.title': 'How do you want to pay the dog tax?',
  'steps.abmeldung.title': 'Which dog do you want to deregister?',
  'steps.abmeldung.lead':
    'Deregister the dog as soon as you no longer keep it. The tax usually ends at the end of the month in which you stop keeping the dog.',
  'steps.erklaerungen.title': 'Confirm your details',

  'requestType.label': 'Your request',
  'requestType.hint':
    'Please tell the tax office directly about a new address in the city or new bank details.',
  'requestType.options.anmeldung': 'Register a dog',
  'requestType.options.abmeldung': 'Deregister a dog',
  'requestType.required': 'Select whether you want to register or deregister a dog.',
  'zuzugHinweis.text':
    'Are you moving here with your dog from another municipality? Then register the dog here and deregister it with your previous municipality.',
  'taxReference.label': 'Dog tax reference number',
  'taxReference.hint':
    'You find it on your tax assessment. If you do not have it to hand, leave this field empty.',
  'taxReference.invalid_format':
    'Enter the reference number exactly as it appears on your tax assessment.',

  'halter.label': 'Your details',
  'halter.birthDate.in_future': 'Date of birth must be in the past.',
  'halter.address.label': 'Your home address',
  'halter.movedIn.label': 'I have moved here with the dog from another municipality.',
  'halter.previousMunicipality.label': 'Which municipality did you move from?',
  'halter.previousMunicipality.required': 'Enter the municipality where you lived before.',
  'halter.alreadyRegisteredDogs.label':
    'How many dogs in your household have you already registered with us?',
  'halter.alreadyRegisteredDogs.hint':
    'Only count dogs you already pay dog tax for, not the dogs in this application. Enter 0 if there are none.',
  'halter.alreadyRegisteredDogs.required':
    'Enter the number of dogs already registered, for example 0.',
  'halter.alreadyRegisteredDogs.invalid_type': 'Enter a whole number, for example 0 or 1.',
  'halter.alreadyRegisteredDogs.too_small': 'Enter 0 or a larger number.',
  'halter.alreadyRegisteredDogs.too_big':
    'Enter {maximum} or less. If you have more dogs, please contact the tax office.',
  'halter.alreadyRegisteredDangerousDogs.label': 'How many of them are dangerous dogs?',
  'halter.alreadyRegisteredDangerousDogs.hint':
    'Dangerous within the meaning of the Saxon law on protection from dangerous dogs.',
  'halter.alreadyRegisteredDangerousDogs.required':
    'Enter how many of the registered dogs are dangerous, for example 0.',
  'halter.alreadyRegisteredDangerousDogs.invalid_type': 'Enter a whole number, for example 0 or 1.',
  'halter.alreadyRegisteredDangerousDogs.too_small': 'Enter 0 or a larger number.',
  'halter.alreadyRegisteredDangerousDogs.too_big': 'Enter {maximum} or less.',
  'halter.alreadyRegisteredDangerousDogs.more_than_registered':
    'Enter a number from 0 to {registered}. There cannot be more dangerous dogs than dogs you have registered.',

  'hunde.label': 'Your dogs',
  'hunde.item': 'Dog {n}: {name}',
  'ui.list.item': 'Dog {n}',
  'hunde.add': 'Add another dog',
  'hunde.remove': 'Remove dog {n}',
  'hunde.required': 'Add at least one dog.',
  'hunde.too_few': 'Add at least one dog.',
  'hunde.too_many':
    'You can register at most {maximum} dogs in one application. Please make a second application for more dogs.',
  'hunde[].name.label': 'Dog’s name',
  'hunde[].name.required': 'Enter the dog’s name.',
  'hunde[].breed.label': 'Breed',
  'hunde[].breed.hint': 'Select “Mixed breed” if the dog does not belong to a single breed.',
  'hunde[].breed.options.mischling': 'Mixed breed',
  'hunde[].breed.options.andere': 'Other breed',
  'hunde[].breed.required': 'Select the dog’s breed.',
  'hunde[].breed.invalid_value': 'Select a breed from the list or “Other breed”.',
  'hunde[].breedOther.label': 'Which breed?',
  'hunde[].breedOther.required': 'Enter the dog’s breed.',
  'hunde[].mixedBreedOf.label': 'Which breeds is the dog a cross of?',
  'hunde[].mixedBreedOf.hint':
    'For example “Labrador and Poodle”. If you do not know, write “unknown”.',
  'hunde[].mixedBreedOf.required': 'Enter which breeds the dog is a cross of, or write “unknown”.',
  'hunde[].sex.label': 'Sex',
  'hunde[].sex.options.huendin': 'Female',
  'hunde[].sex.options.ruede': 'Male',
  'hunde[].sex.required': 'Select whether the dog is female or male.',
  'hunde[].birthDate.label': 'Date of birth (litter date)',
  'hunde[].birthDate.hint': 'If you only know the month and year, enter the 1st of the month.',
  'hunde[].birthDate.required': 'Enter the dog’s date of birth.',
  'hunde[].birthDate.in_future': 'Date of birth must be in the past.',
  'hunde[].heldSince.label': 'Since when has the dog lived with you?',
  'hunde[].heldSince.hint': 'The day you took the dog in, or the day you moved here.',
  'hunde[].heldSince.required': 'Enter since when the dog has lived with you.',
  'hunde[].heldSince.in_future':
    'The date cannot be after today. Register the dog once it lives with you.',
  'hunde[].heldSince.before_birth':
    'The dog was born on {birthDate}. Enter that day or a later one.',
  'hunde[].origin.label': 'Where does the dog come from?',
  'hunde[].origin.options.zuechter': 'From a breeder',
  'hunde[].origin.options.privat': 'From a private person',
  'hunde[].origin.options.tierheim': 'From an animal shelter',
  'hunde[].origin.options.fundtier': 'It was a stray I took in',
  'hunde[].origin.options.zuzug': 'It lived with me before I moved here',
  'hunde[].origin.options.eigeneZucht': 'From my own breeding',
  'hunde[].chipNumber.label': 'Microchip number (transponder)',
  'hunde[].chipNumber.hint':
    'You find the 15-digit number in the pet passport, for example 276098106543210.',
  'hunde[].chipNumber.invalid_format':
    'Enter the microchip number with exactly 15 digits and no spaces.',
  'hunde[].chipNumber.required':
    'Enter the microchip number. Without it there is no reduction for the microchip.',
  'hunde[].chipReadConsent.label':
    'I agree that city staff may read this dog’s microchip. In return I pay {amount} euros less dog tax a year.',
  'hunde[].chipReadConsent.hint': 'For this, enter the microchip number above.',
  'hunde[].fromLocalShelter.label': 'Did you get the dog from {shelter}?',
  'hunde[].fromLocalShelter.hint': 'Then you pay no dog tax for the first {months} months.',
  'hunde[].fromLocalShelter.options.ja': 'Yes',
  'hunde[].fromLocalShelter.options.nein': 'No',
  'hunde[].fromLocalShelter.required': 'Select whether the dog comes from this animal shelter.',

  'gefahrHinweis.text':
    'Under Saxon law, dogs of these breeds and their crosses are presumed to be dangerous: {breeds}. The authority can also class a dog as dangerous in an individual case.',
  'hunde[].dangerStatus.label': 'Is the dog classed as dangerous?',
  'hunde[].dangerStatus.options.keine':
    'No, it belongs to none of these breeds and has not been classed as dangerous',
  'hunde[].dangerStatus.options.vermutet':
    'Yes, it belongs to one of the breeds named or is a cross of them',
  'hunde[].dangerStatus.options.imEinzelfallFestgestellt':
    'Yes, the authority has classed it as dangerous in its individual case',
  'hunde[].dangerStatus.options.vermutungWiderlegt':
    'No, it belongs to a breed named, but the presumption was rebutted (for example by a temperament test)',
  'hunde[].dangerStatus.required': 'Select whether the dog is classed as dangerous.',
  'hunde[].dangerStatus.listed_breed':
    'According to your answers, the dog belongs to a breed presumed to be dangerous. Check your answer. If the presumption was rebutted, select the last option.',
  'hunde[].dangerPermitAuthority.label': 'Which authority gave you permission to keep the dog?',
  'hunde[].dangerPermitAuthority.hint':
    'For example the city’s public order office or the district office.',
  'hunde[].dangerPermitAuthority.required': 'Enter the authority that gave you the permission.',
  'hunde[].dangerPermitDate.label': 'Date of the permission',
  'hunde[].dangerPermitDate.required': 'Enter the date of the permission.',
  'hunde[].dangerPermitDate.in_future': 'The date of the permission cannot be after today.',
  'hunde[].dangerPermitRef.label': 'Reference number of the permission',
  'hunde[].dangerPermitRef.hint': 'You find it on the permission notice.',
  'hunde[].dangerRules.text':
    'Special duties apply to dangerous dogs, for example a lead and a muzzle outside fenced property, a warning sign and special liability insurance.',
  'hunde[].rebuttalHint.text':
    'Please keep the proof that the presumption was rebutted ready, for example the result of the temperament test. The tax office will ask for it if needed.',

  'hunde[].reliefRequested.label': 'Are you applying for tax relief for this dog?',
  'hunde[].reliefRequested.options.nein': 'No',
  'hunde[].reliefRequested.options.befreiung': 'Yes, an exemption from dog tax',
  'hunde[].reliefRequested.options.ermaessigung': 'Yes, a reduction of dog tax',
  'hunde[].reliefRequested.required':
    'Select whether you are applying for tax relief for this dog.',
  'hunde[].reliefRequested.invalid_value': 'Select one of the options.',
  'hunde[].reliefReason.label': 'For what reason?',
  'hunde[].reliefReason.required': 'Select the reason for the exemption or reduction.',
  'hunde[].reliefReason.invalid_value': 'Select one of the reasons offered.',
  'hunde[].reliefReason.first_dog_only':
    'This reduction is only available for the first dog in a household. It will probably not be granted for this dog.',
  'hunde[].reliefEvidence.text':
    'The tax office will check your application and ask you for the evidence it needs, for example a copy of your severe disability pass.',
  'hunde[].reliefNotForDangerous.text': 'There is no exemption or reduction for dangerous dogs.',

  'zahlung.label': 'Payment',
  'zahlung.paymentMethod.label': 'Payment method',
  'zahlung.paymentMethod.options.lastschrift':
    'Direct debit: the city collects the tax from your account',
  'zahlung.paymentMethod.options.ueberweisung': 'Bank transfer: you transfer the tax yourself',
  'zahlung.paymentMethod.required': 'Select how you want to pay the dog tax.',
  'zahlung.bankAccount.label': 'Your bank details',
  'zahlung.annualPayment.label': 'I want to pay the dog tax once a year in one amount.',
  'zahlung.annualPayment.hint': 'Otherwise you pay in instalments on the due dates.',

  'abmeldung.label': 'Deregistration',
  'abmeldung.dogName.label': 'Dog’s name',
  'abmeldung.tagNumber.label': 'Dog tax tag number',
  'abmeldung.tagNumber.hint': 'The number is on the tax tag and on the tax assessment.',
  'abmeldung.tagNumber.required': 'Enter the dog tax tag number. It is also on the tax assessment.',
  'abmeldung.deregistrationReason.label': 'Why do you no longer keep the dog?',
  'abmeldung.deregistrationReason.options.tod': 'The dog has died',
  'abmeldung.deregistrationReason.options.abgabe': 'I gave the dog away (sold, gave or rehomed it)',
  'abmeldung.deregistrationReason.options.tierheimAbgabe': 'I gave the dog to an animal shelter',
  'abmeldung.deregistrationReason.options.wegzug': 'I moved away from the city with the dog',
  'abmeldung.deregistrationReason.options.entlaufen': 'The dog ran away',
  'abmeldung.deregistrationReason.options.sonstiges': 'Another reason',
  'abmeldung.deregistrationReason.required': 'Select why you no longer keep the dog.',
  'abmeldung.reasonOther.label': 'What is the reason?',
  'abmeldung.reasonOther.required': 'Briefly describe why you no longer keep the dog.',
  'abmeldung.endDate.label': 'Since when have you no longer kept the dog?',
  'abmeldung.endDate.hint':
    'For example the day the dog died, the day you gave it away or the day you moved.',
  'abmeldung.endDate.required': 'Enter since when you no longer keep the dog.',
  'abmeldung.endDate.in_future':
    'The date cannot be after today. Deregister the dog once you no longer keep it.',
  'abmeldung.endDate.late_notice':
    'You must deregister a dog within {days} days after you stop keeping it. This deadline ended on {deadlineDate}. You can still deregister the dog. Keep proof of when you stopped keeping it ready, as the tax office may ask for it.',
  'abmeldung.newHolder.label': 'Who keeps the dog now?',
  'abmeldung.newHolder.givenNames.required': 'Enter the given name of the new keeper.',
  'abmeldung.newHolder.familyName.required': 'Enter the family name of the new keeper.',
  'abmeldung.newHolder.address.label': 'Address of the new keeper',
  'abmeldung.newAddress.label': 'Your new address',
  'abmeldung.tagReturn.label': 'What happens to the dog tax tag?',
  'abmeldung.tagReturn.options.beigefuegtPerPost': 'I will send it back by post',
  'abmeldung.tagReturn.options.wirdAbgegeben': 'I will hand it in in person',
  'abmeldung.tagReturn.options.verloren': 'It has been lost',
  'abmeldung.tagReturn.required': 'Select what happens to the dog tax tag.',
  'abmeldung.evidenceHint.text':
    'Please keep proof ready, for example a vet’s certificate or the handover contract. The tax office will ask for it if needed.',

  'summary.dog': '{name}: {amount} a year, taxable from {from}',
  'summary.dogDangerous': '{name}: {amount} a year (rate for dangerous dogs), taxable from {from}',
  'summary.dogReduced': '{name}: {amount} a year with a {percent}% reduction, taxable from {from}',
  'summary.dogRate': '{name}: rate {amount} a year',
  'summary.chipReduction': 'minus {amount} reduction for the microchip',
  'summary.chipReductionUntil': 'minus {amount} reduction for the microchip (until {until})',
  'summary.percentReduction': 'minus {percent}% reduction: {amount}',
  'summary.puppyFree': '{name}: no dog tax until the dog is {months} months old',
  'summary.shelterFree':
    '{name}: no dog tax for the first {months} months, as the dog comes from {shelter}',
  'summary.dogExempt': '{name}: no dog tax if the exemption is granted',
  'summary.dogExemptUntil': '{name}: no dog tax until {until} if the exemption is granted',
  'summary.firstDogOnly':
    'The reduction you applied for is only available for the first dog in a household. It is not included for {name}.',
  'summary.total': 'Expected dog tax per year: {amount}',
  'summary.currentYear': 'Expected for {year}, pro rata from the start of the tax: {amount}',
  'summary.currentYearNone': 'You will probably not pay dog tax for {year} yet.',
  'summary.registeredIncrease':
    'For your dogs already registered, the tax will probably rise by {amount} a year.',
  'summary.registeredDecrease':
    'For your dogs already registered, the tax will probably fall by {amount} a year.',
  'summary.dueDates': 'The dog tax is due on {dates}.',
  'summary.notBinding':
    'This calculation is not binding. Only the tax assessment is binding. The rates are set out in the {statuteUrl}.',
  'summary.notBinding.statuteUrl': 'dog tax statute',
};

export const hundesteuerMessages: Record<Lang, Messages> = { de, en };
