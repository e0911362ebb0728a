/**
 * Texts of the bonfire assistant (German first, plain language, formal "Sie"; English).
 * Keys: `<path>.label|hint|text|options.<value>` and errors `<path>.<code>`. Labels of the shared
 * building blocks come from `fields.<leaf>.*`; only wording that must differ is overridden here.
 * Rule errors name the concrete limit from the rule's `params` (`{min}`, `{earliestDate}` …);
 * values under a `…Date` key are ISO dates, formatted for the reader (13.12.2026, 13 December 2026).
 * Longer than 500 lines by design: two flat dictionaries, data only, kept side by side so that a
 * reviewer compares German and English key by key.
 */
import type { Lang, Messages } from '../../engine/types.js';

const de: Messages = {
  title: 'Brauchtumsfeuer anmelden',

  'steps.anlass.title': 'Zu welchem Anlass soll das Feuer brennen?',
  'steps.anlass.lead':
    'Ein Brauchtumsfeuer gehört zu einem Fest wie Ostern oder der Walpurgisnacht und ist für alle offen.',
  // What is sent is called "Anmeldung" throughout. Legally it is, by the town's police ordinance,
  // an Anzeige (notice) or an Antrag (permit with a decision; domain catalogue §4,
  // `procedureType`): "Anmeldung" is true of both, and only the intros say which one it is.
  'procedureAnzeige.text':
    'Melden Sie ein Brauchtumsfeuer mindestens {noticeDays} Tage vorher an. Die Regeln Ihrer Gemeinde stehen in der {ordinanceUrl}.',
  'procedureAntrag.text':
    'Für ein Brauchtumsfeuer brauchen Sie eine Erlaubnis. Mit dieser Anmeldung bitten Sie darum. Melden Sie das Feuer mindestens {noticeDays} Tage vorher an. Sie erhalten danach einen Bescheid. Die Regeln Ihrer Gemeinde stehen in der {ordinanceUrl}.',
  // The link's name (linked-text.ts); a municipality can name its own or set '' for the address.
  'procedureAnzeige.text.ordinanceUrl': 'Polizeiverordnung',
  'procedureAntrag.text.ordinanceUrl': 'Polizeiverordnung',
  'occasion.label': 'Anlass des Feuers',
  'occasion.options.osterfeuer': 'Osterfeuer',
  'occasion.options.hexenfeuerWalpurgis': 'Hexenfeuer zur Walpurgisnacht (30. April)',
  'occasion.options.maifeuer': 'Maifeuer',
  'occasion.options.pfingstfeuer': 'Pfingstfeuer',
  'occasion.options.sonnenwendJohannisfeuer': 'Sonnenwend- oder Johannisfeuer',
  'occasion.options.martinsfeuer': 'Martinsfeuer',
  'occasion.options.sonstigesBrauchtum': 'Anderer Brauch',
  'occasion.required': 'Wählen Sie den Anlass des Feuers aus.',
  'occasion.invalid_value': 'Wählen Sie einen der angebotenen Anlässe aus.',
  'occasionText.label': 'Zu welchem Brauch gehört das Feuer?',
  'occasionText.hint': 'Zum Beispiel Erntefeuer oder Fastnachtsfeuer.',
  'occasionText.required': 'Geben Sie an, zu welchem Brauch das Feuer gehört.',
  'publicEvent.label': 'Kann jede Person zum Feuer kommen?',
  'publicEvent.hint':
    'Ein Brauchtumsfeuer ist eine öffentliche Veranstaltung. Ein Feuer nur für Familie oder Gäste ist kein Brauchtumsfeuer.',
  'publicEvent.options.ja': 'Ja, das Feuer ist für alle offen',
  'publicEvent.options.nein': 'Nein, nur für eingeladene Gäste',
  'publicEvent.required': 'Wählen Sie aus, ob jede Person zum Feuer kommen kann.',
  'publicEvent.notPublic':
    'Ein Feuer, das nicht für alle offen ist, können Sie hier nicht anmelden. Wählen Sie „Ja“, wenn alle kommen dürfen, oder fragen Sie beim Ordnungsamt nach.',
  'notPublicInfo.text':
    'Ein privates Feuer, zum Beispiel im eigenen Garten, ist kein Brauchtumsfeuer. Gartenabfälle dürfen Sie nicht verbrennen. Ob ein kleines Lagerfeuer erlaubt ist, regelt die Polizeiverordnung. Fragen Sie dazu beim Ordnungsamt nach.',
  'expectedVisitors.label': 'Wie viele Besucherinnen und Besucher erwarten Sie?',
  'expectedVisitors.hint': 'Eine Schätzung genügt.',
  'expectedVisitors.too_small': 'Geben Sie eine Zahl von mindestens 1 ein.',
  'expectedVisitors.invalid_type': 'Geben Sie die Zahl als ganze Zahl ein, zum Beispiel 150.',
  'catering.label': 'Es gibt Speisen oder Getränke.',
  'cateringInfo.text':
    'Wenn Sie Alkohol ausschenken, brauchen Sie unter Umständen eine eigene Erlaubnis nach dem Gaststättenrecht. Fragen Sie dazu beim Gewerbeamt nach.',
  'fireworks.label': 'Es ist ein Feuerwerk geplant.',
  'fireworksInfo.text':
    'Ein Feuerwerk müssen Sie gesondert nach dem Sprengstoffrecht anzeigen oder genehmigen lassen. Diese Anmeldung ersetzt das nicht.',

  'steps.veranstalter.title': 'Wer veranstaltet das Feuer?',
  'steps.veranstalter.lead': 'Rückfragen und die Antwort der Gemeinde gehen an den Veranstalter.',
  'organizer.label': 'Angaben zum Veranstalter',
  'organizer.type.label': 'Art des Veranstalters',
  'organizer.type.options.verein': 'Verein',
  'organizer.type.options.feuerwehrFoerderverein': 'Feuerwehr oder Feuerwehr-Förderverein',
  'organizer.type.options.kirchgemeinde': 'Kirchgemeinde',
  'organizer.type.options.ortschaftsratKommune': 'Ortschaftsrat oder Gemeinde',
  'organizer.type.options.privatperson': 'Privatperson',
  'organizer.type.options.unternehmen': 'Unternehmen',
  'organizer.type.options.sonstige': 'Andere Gruppe',
  'organizer.type.required': 'Wählen Sie aus, wer das Feuer veranstaltet.',
  'organizer.name.label': 'Name des Vereins, der Gruppe oder des Unternehmens',
  'organizer.name.required': 'Geben Sie den Namen des Veranstalters ein.',
  'organizer.registerNumber.label': 'Nummer im Vereinsregister',
  'organizer.registerNumber.hint':
    'Zum Beispiel VR 1234. Sie steht im Auszug aus dem Vereinsregister.',
  'organizer.address.label': 'Anschrift des Veranstalters',
  'organizer.phone.required': 'Geben Sie eine Telefonnummer für Rückfragen ein.',

  'steps.verantwortlich.title': 'Wer ist für das Feuer verantwortlich?',
  'steps.verantwortlich.lead':
    'Diese Person ist während des ganzen Feuers vor Ort und per Handy erreichbar.',
  'responsiblePerson.label': 'Verantwortliche Person',
  'responsiblePerson.givenNames.required':
    'Geben Sie den Vornamen der verantwortlichen Person ein.',
  'responsiblePerson.familyName.required':
    'Geben Sie den Familiennamen der verantwortlichen Person ein.',
  'responsiblePerson.birthDate.hint':
    'Die Person muss am Tag des Feuers mindestens 18 Jahre alt sein.',
  'responsiblePerson.birthDate.required':
    'Geben Sie das Geburtsdatum der verantwortlichen Person ein.',
  'responsiblePerson.birthDate.underage':
    'Die verantwortliche Person muss am Tag des Feuers ({fireDate}) mindestens {minAge} Jahre alt sein. Geben Sie eine Person an, die am {latestBirthDate} oder früher geboren ist.',
  'responsiblePerson.address.label': 'Anschrift der verantwortlichen Person',
  'responsiblePerson.mobilePhone.label': 'Handynummer',
  'responsiblePerson.mobilePhone.hint':
    'Unter dieser Nummer erreichen wir die Person während des Feuers, zum Beispiel 0170 1234567.',
  'responsiblePerson.mobilePhone.required':
    'Geben Sie eine Handynummer ein, unter der die Person während des Feuers erreichbar ist.',
  'responsiblePerson.mobilePhone.invalid_format':
    'Geben Sie eine Telefonnummer ein, zum Beispiel 0170 1234567 oder +49 170 1234567.',
  'secondSupervisor.label': 'Zweite Aufsichtsperson',
  'secondSupervisor.hint':
    'Die Polizeiverordnung verlangt zwei volljährige Personen, die das Feuer ständig beaufsichtigen.',
  'secondSupervisor.givenNames.required': 'Geben Sie den Vornamen der zweiten Aufsichtsperson ein.',
  'secondSupervisor.familyName.required':
    'Geben Sie den Familiennamen der zweiten Aufsichtsperson ein.',
  'secondSupervisor.birthDate.hint':
    'Die Person muss am Tag des Feuers mindestens 18 Jahre alt sein.',
  'secondSupervisor.birthDate.required':
    'Geben Sie das Geburtsdatum der zweiten Aufsichtsperson ein.',
  'secondSupervisor.birthDate.underage':
    'Die zweite Aufsichtsperson muss am Tag des Feuers ({fireDate}) mindestens {minAge} Jahre alt sein. Geben Sie eine Person an, die am {latestBirthDate} oder früher geboren ist.',
  'secondSupervisor.mobilePhone.label': 'Handynummer',
  'secondSupervisor.mobilePhone.hint': 'Zum Beispiel 0170 1234567.',
  'secondSupervisor.mobilePhone.required':
    'Geben Sie die Handynummer der zweiten Aufsichtsperson ein.',
  'secondSupervisor.mobilePhone.invalid_format':
    'Geben Sie eine Telefonnummer ein, zum Beispiel 0170 1234567 oder +49 170 1234567.',

  'steps.ort.title': 'Wo soll das Feuer brennen?',
  'steps.ort.lead': 'Beschreiben Sie die Stelle so, dass die Feuerwehr sie findet.',
  'locationMode.label': 'Wie geben Sie die Stelle an?',
  'locationMode.options.adresse': 'Mit einer Anschrift',
  'locationMode.options.flurstueck': 'Mit Gemarkung und Flurstück',
  'locationMode.required': 'Wählen Sie aus, wie Sie die Stelle angeben.',
  'site.label': 'Angaben zur Feuerstelle',
  'site.address.label': 'Anschrift der Feuerstelle',
  'site.gemarkung.label': 'Gemarkung',
  'site.gemarkung.hint':
    'Wählen Sie die Gemarkung aus. Sie steht im Grundbuchauszug oder in der Flurkarte.',
  'site.gemarkung.hintText': 'Die Gemarkung steht im Grundbuchauszug oder in der Flurkarte.',
  'site.gemarkung.required': 'Geben Sie die Gemarkung an.',
  'site.gemarkung.invalid_value': 'Wählen Sie eine Gemarkung aus der Liste aus.',
  'site.flurstueck.label': 'Flurstücksnummer',
  'site.flurstueck.hint': 'Zum Beispiel 123 oder 123/4.',
  'site.flurstueck.required': 'Geben Sie die Flurstücksnummer ein.',
  'site.flurstueck.invalid_format':
    'Geben Sie die Flurstücksnummer mit Ziffern und höchstens einem Schrägstrich ein, zum Beispiel 123/4.',
  'site.description.label': 'Beschreibung der Feuerstelle',
  'site.description.hint':
    'Zum Beispiel: Festwiese hinter dem Gerätehaus, Zufahrt über den Feldweg.',
  'site.description.required': 'Beschreiben Sie, wo genau das Feuer brennen soll.',
  'site.description.too_long': 'Kürzen Sie die Beschreibung auf höchstens {maximum} Zeichen.',
  'site.organizerIsOwner.label':
    'Gehört das Grundstück dem Veranstalter oder darf er darüber verfügen?',
  'site.organizerIsOwner.options.ja': 'Ja',
  'site.organizerIsOwner.options.nein': 'Nein, es gehört jemand anderem',
  'site.organizerIsOwner.required': 'Wählen Sie aus, ob das Grundstück dem Veranstalter gehört.',
  'site.ownerConsentInfo.text':
    'Sie brauchen das schriftliche Einverständnis der Eigentümerin oder des Eigentümers. Sie müssen es hier nicht hochladen, aber auf Nachfrage vorlegen.',

  'steps.termin.title': 'Wann soll das Feuer brennen?',
  'date.label': 'Datum des Feuers',
  'date.hint': 'Sie müssen das Feuer mindestens {noticeDays} Tage vorher anmelden.',
  'date.required': 'Geben Sie das Datum des Feuers ein.',
  'date.tooSoon':
    'Sie müssen das Feuer mindestens {noticeDays} Tage vorher anmelden. Wählen Sie ein Datum ab dem {earliestDate}.',
  'startTime.label': 'Beginn',
  'startTime.hint': 'In Stunden und Minuten, zum Beispiel 19:30. Frühestens {earliestStart} Uhr.',
  'startTime.required': 'Geben Sie die Uhrzeit ein, zu der das Feuer angezündet wird.',
  'startTime.invalid_format':
    'Geben Sie die Uhrzeit als Stunden und Minuten ein, zum Beispiel 19:30.',
  'startTime.tooEarly':
    'Das Feuer darf frühestens um {earliestStart} Uhr angezündet werden. Geben Sie {earliestStart} Uhr oder eine spätere Uhrzeit ein.',
  'endTime.label': 'Voraussichtliches Ende',
  'endTime.hint':
    'Wann ist das Feuer ganz aus? Zum Beispiel 23:30. Das Ende darf nach Mitternacht liegen, zum Beispiel 01:00.',
  'endTime.required': 'Geben Sie ein, wann das Feuer voraussichtlich aus ist.',
  'endTime.invalid_format':
    'Geben Sie die Uhrzeit als Stunden und Minuten ein, zum Beispiel 23:30.',
  'alternativeDate.label': 'Ausweichtermin',
  'alternativeDate.hint':
    'Falls das Feuer wegen Wetter oder Waldbrandgefahr verschoben werden muss.',
  'alternativeDate.tooSoon':
    'Auch für den Ausweichtermin gilt die Frist von {noticeDays} Tagen. Wählen Sie ein Datum ab dem {earliestDate} oder lassen Sie das Feld leer.',
  'alternativeDate.sameAsDate':
    'Der Ausweichtermin ist derselbe Tag wie das Feuer. Wählen Sie einen anderen Tag oder lassen Sie das Feld leer.',
  'stackingDate.label': 'Ab wann wird das Holz aufgeschichtet?',
  'stackingDate.hint':
    'Schichten Sie das Holz höchstens {maxStackingDaysBefore} Tage vor dem Feuer auf. In älteren Haufen verstecken sich Igel, Vögel und andere Tiere.',
  'stackingDate.required': 'Geben Sie an, ab wann das Holz aufgeschichtet wird.',
  'stackingDate.afterDate':
    'Das Holz muss vor dem Feuer aufgeschichtet werden. Geben Sie den {fireDate} oder einen früheren Tag ein.',
  'restackConfirmed.label':
    'Ich schichte das Holz kurz vor dem Anzünden vollständig um, damit Tiere flüchten können.',
  'restackConfirmed.hint': 'Das Holz liegt länger als erlaubt. Tiere können darin Schutz suchen.',
  'restackConfirmed.required':
    'Bestätigen Sie, dass Sie das Holz vor dem Anzünden umschichten, oder schichten Sie es später auf.',

  'steps.feuer.title': 'Wie groß wird das Feuer und was wird verbrannt?',
  'pileHeightM.label': 'Höhe des Holzstapels in Metern',
  'pileHeightM.hint': 'Zum Beispiel 2,5. Die Polizeiverordnung erlaubt höchstens {max} Meter.',
  'pileHeightM.required': 'Geben Sie die Höhe des Holzstapels in Metern ein.',
  'pileHeightM.too_small':
    'Die Höhe muss größer als 0 sein. Geben Sie die Höhe in Metern ein, zum Beispiel 2,5.',
  'pileHeightM.invalid_type': 'Geben Sie die Höhe als Zahl ein, zum Beispiel 2,5.',
  'pileHeightM.aboveMax':
    'Die Polizeiverordnung erlaubt einen Holzstapel von höchstens {max} Metern Höhe. Planen Sie einen niedrigeren Stapel. Sie können die Anmeldung trotzdem absenden.',
  'pileDiameterM.label': 'Durchmesser des Holzstapels in Metern',
  'pileDiameterM.hint': 'Zum Beispiel 3. Die Polizeiverordnung erlaubt höchstens {max} Meter.',
  'pileDiameterM.required': 'Geben Sie den Durchmesser des Holzstapels in Metern ein.',
  'pileDiameterM.too_small':
    'Der Durchmesser muss größer als 0 sein. Geben Sie ihn in Metern ein, zum Beispiel 3.',
  'pileDiameterM.invalid_type': 'Geben Sie den Durchmesser als Zahl ein, zum Beispiel 3.',
  'pileDiameterM.aboveMax':
    'Die Polizeiverordnung erlaubt einen Holzstapel von höchstens {max} Metern Durchmesser. Planen Sie einen kleineren Stapel. Sie können die Anmeldung trotzdem absenden.',
  'materials.label': 'Was wird verbrannt?',
  'materials.hint':
    'Verboten sind Abfälle, behandeltes, lackiertes oder imprägniertes Holz, Paletten, Reifen, Sperrmüll und frischer Grünschnitt.',
  'materials.options.unbehandeltesHolz': 'Trockenes, unbehandeltes Holz',
  'materials.options.baumStrauchschnittTrocken': 'Trockener Baum- und Strauchschnitt',
  'materials.options.reisig': 'Reisig',
  'materials.required': 'Wählen Sie aus, was verbrannt wird.',
  'materials.invalid_value':
    'Dieses Material ist in Ihrer Gemeinde nicht erlaubt. Wählen Sie nur die angebotenen Materialien aus.',
  'noAccelerantsConfirmed.label':
    'Ich verwende keine Brandbeschleuniger wie Benzin, Öl oder Verdünnung.',
  'noAccelerantsConfirmed.required': 'Bestätigen Sie, dass Sie keine Brandbeschleuniger verwenden.',
  'noWasteConfirmed.label': 'Ich verbrenne keine Abfälle.',
  'noWasteConfirmed.hint': 'Abfälle gehören zum Wertstoffhof oder in die Biotonne.',
  'noWasteConfirmed.required': 'Bestätigen Sie, dass Sie keine Abfälle verbrennen.',

  'steps.sicherheit.title': 'Wie sichern Sie das Feuer?',
  'steps.sicherheit.lead': 'Messen Sie die Abstände von der Mitte des Holzstapels.',
  'distanceBuildings.label': 'Abstand zum nächsten Gebäude in Metern',
  'distanceBuildings.hint': 'Mindestens {min} Meter.',
  'distanceBuildings.required': 'Geben Sie den Abstand zum nächsten Gebäude in Metern ein.',
  'distanceBuildings.tooClose':
    'Die Feuerstelle liegt zu nah an einem Gebäude. Wählen Sie eine Stelle, die mindestens {min} Meter von jedem Gebäude entfernt ist.',
  'distanceResidential.label': 'Abstand zum nächsten Wohnhaus in Metern',
  'distanceResidential.hint': 'Mindestens {min} Meter.',
  'distanceResidential.required': 'Geben Sie den Abstand zum nächsten Wohnhaus in Metern ein.',
  'distanceResidential.tooClose':
    'Die Feuerstelle liegt zu nah an einem Wohnhaus. Wählen Sie eine Stelle, die mindestens {min} Meter von jedem Wohnhaus entfernt ist.',
  'distanceRoads.label': 'Abstand zur nächsten Straße in Metern',
  'distanceRoads.hint': 'Mindestens {min} Meter.',
  'distanceRoads.required': 'Geben Sie den Abstand zur nächsten Straße in Metern ein.',
  'distanceRoads.tooClose':
    'Die Feuerstelle liegt zu nah an einer Straße. Wählen Sie eine Stelle, die mindestens {min} Meter von jeder Straße entfernt ist.',
  'distanceCombustibles.label': 'Abstand zu brennbaren Dingen in Metern',
  'distanceCombustibles.hint':
    'Zum Beispiel Hecken, Holzstapel oder Strohballen. Mindestens {min} Meter.',
  'distanceCombustibles.required': 'Geben Sie den Abstand zu brennbaren Dingen in Metern ein.',
  'distanceCombustibles.tooClose':
    'Die Feuerstelle liegt zu nah an brennbaren Dingen. Wählen Sie eine Stelle, die mindestens {min} Meter von allem entfernt ist, was brennen kann.',
  'distanceForest.label': 'Abstand zum Wald in Metern',
  'distanceForest.hint':
    'Mindestens {min} Meter. Unter 100 Metern brauchen Sie zusätzlich die Genehmigung der unteren Forstbehörde.',
  'distanceForest.required': 'Geben Sie den Abstand zum Wald in Metern ein.',
  'distanceForest.tooClose':
    'Die Feuerstelle liegt zu nah am Wald. Wählen Sie eine Stelle, die mindestens {min} Meter vom Wald entfernt ist.',
  'distanceForest.forestApproval':
    'Die Feuerstelle liegt weniger als {approvalDistance} Meter vom Wald entfernt. Dafür brauchen Sie die Genehmigung der unteren Forstbehörde (§ 15 Sächsisches Waldgesetz). Halten Sie die Genehmigung bereit. Sie können die Anmeldung trotzdem absenden.',
  'extinguishingMeans.label': 'Womit können Sie das Feuer löschen?',
  'extinguishingMeans.hint': 'Wählen Sie alles aus, was vor Ort bereitsteht.',
  'extinguishingMeans.options.feuerloescher': 'Feuerlöscher',
  'extinguishingMeans.options.wasserBehaelter': 'Wasser in Behältern',
  'extinguishingMeans.options.schlauchanschluss': 'Wasserschlauch mit Anschluss',
  'extinguishingMeans.options.sandErde': 'Sand oder Erde',
  'extinguishingMeans.options.feuerwehrVorOrt': 'Die Feuerwehr ist vor Ort',
  'extinguishingMeans.required': 'Wählen Sie mindestens ein Löschmittel aus.',
  'forestFireLevelAck.label':
    'Ich weiß: Ab Waldbrandgefahrenstufe {level} darf das Feuer nicht brennen. Ich prüfe die Stufe am Tag des Feuers.',
  'forestFireLevelAck.hint': 'Die aktuelle Stufe veröffentlicht der Staatsbetrieb Sachsenforst.',
  'forestFireLevelAck.required':
    'Bestätigen Sie, dass Sie die Waldbrandgefahrenstufe am Tag des Feuers prüfen.',

  'steps.erklaerungen.title': 'Bestätigen Sie Ihre Angaben',
  'supervisionConfirmed.label':
    'Das Feuer wird ständig beaufsichtigt, bis die Glut vollständig gelöscht ist.',
  'supervisionConfirmed.hint':
    'Prüfen Sie die Feuerstelle danach noch einmal. Bei Gefahr rufen Sie sofort die Feuerwehr unter 112. Die Kosten eines vermeidbaren Feuerwehreinsatzes trägt der Veranstalter.',
  'supervisionConfirmed.required': 'Bestätigen Sie, dass das Feuer ständig beaufsichtigt wird.',

  'summary.pileVolume': 'Menge des Brennguts: etwa {volume} m³',
  'summary.pileVolumeNote': 'Berechnet als Kegel aus Höhe und Durchmesser.',
  'summary.fee': 'Gebühr: {fee}',
  'summary.feeNote': 'Sie zahlen die Gebühr erst, wenn Sie die Zahlungsaufforderung erhalten.',
  'summary.feeNone': 'Die Anmeldung ist gebührenfrei.',

  // What is sent is an "Anmeldung", as the title and the warnings say, not an "Antrag".
  'ui.review.lead':
    'Bitte prüfen Sie alles, bevor Sie die Anmeldung absenden. Mit „Ändern“ können Sie eine Angabe korrigieren.',
  'ui.nav.submit': 'Anmeldung verbindlich absenden',
  'ui.confirmation.title': 'Ihre Anmeldung wurde gesendet',
  'ui.confirmation.nextText':
    'Zuständig für Ihre Anmeldung: {office}. Bitte geben Sie bei Rückfragen Ihre Vorgangsnummer an.',
  'fields.privacyNotice.text':
    'Ihre Angaben werden nur zur Bearbeitung dieser Anmeldung verwendet.',
  // The messages while and after sending name the Anmeldung too (they said "Antrag").
  'ui.submit.sending': 'Ihre Anmeldung wird gesendet …',
  'ui.submit.failedTitle': 'Ihre Anmeldung konnte nicht gesendet werden',
  'ui.submit.rejected': 'Die Anmeldung wurde nicht angenommen. Bitte wenden Sie sich an {office}.',
  'ui.submit.tooLarge': 'Die Anmeldung ist zu groß. Bitte kürzen Sie lange Texte.',
  'ui.submit.mismatch':
    'Diese Anmeldung wurde mit anderen Angaben bereits gesendet. Bitte laden Sie Ihre Angaben herunter und wenden Sie sich an {office}.',
  'ui.config.title': 'Diese Anmeldung kann gerade nicht angezeigt werden',
  'ui.config.loading': 'Die Anmeldung wird geladen …',
};

const en: Messages = {
  title: 'Register a traditional bonfire',

  'steps.anlass.title': 'What is the occasion for the fire?',
  'steps.anlass.lead':
    'A traditional bonfire belongs to a festival such as Easter or Walpurgis Night and is open to everyone.',
  'procedureAnzeige.text':
    'Register a traditional bonfire at least {noticeDays} days in advance. Your municipality’s rules are in its {ordinanceUrl}.',
  'procedureAntrag.text':
    'You need a permit for a traditional bonfire. With this registration you ask for it. Register the fire at least {noticeDays} days in advance. You will then receive a decision. Your municipality’s rules are in its {ordinanceUrl}.',
  'procedureAnzeige.text.ordinanceUrl': 'police ordinance',
  'procedureAntrag.text.ordinanceUrl': 'police ordinance',
  'occasion.label': 'Occasion',
  'occasion.options.osterfeuer': 'Easter fire',
  'occasion.options.hexenfeuerWalpurgis': 'Walpurgis Night fire (30 April)',
  'occasion.options.maifeuer': 'May fire',
  'occasion.options.pfingstfeuer': 'Whitsun fire',
  'occasion.options.sonnenwendJohannisfeuer': 'Midsummer or St John’s fire',
  'occasion.options.martinsfeuer': 'St Martin’s fire',
  'occasion.options.sonstigesBrauchtum': 'Another tradition',
  'occasion.required': 'Select the occasion for the fire.',
  'occasion.invalid_value': 'Select one of the occasions offered.',
  'occasionText.label': 'Which tradition does the fire belong to?',
  'occasionText.hint': 'For example a harvest fire or a carnival fire.',
  'occasionText.required': 'Enter the tradition the fire belongs to.',
  'publicEvent.label': 'Can anyone come to the fire?',
  'publicEvent.hint':
    'A traditional bonfire is a public event. A fire only for family or guests is not a traditional bonfire.',
  'publicEvent.options.ja': 'Yes, the fire is open to everyone',
  'publicEvent.options.nein': 'No, only for invited guests',
  'publicEvent.required': 'Select whether anyone can come to the fire.',
  'publicEvent.notPublic':
    'You cannot register a fire here that is not open to everyone. Select “Yes” if anyone may come, or ask the public order office.',
  'notPublicInfo.text':
    'A private fire, for example in your own garden, is not a traditional bonfire. You must not burn garden waste. Whether a small campfire is allowed is set by the police ordinance. Ask the public order office about it.',
  'expectedVisitors.label': 'How many visitors do you expect?',
  'expectedVisitors.hint': 'An estimate is enough.',
  'expectedVisitors.too_small': 'Enter a number of at least 1.',
  'expectedVisitors.invalid_type': 'Enter a whole number, for example 150.',
  'catering.label': 'There will be food or drinks.',
  'cateringInfo.text':
    'If you serve alcohol, you may need a separate licence under the catering law. Ask the business registration office about it.',
  'fireworks.label': 'Fireworks are planned.',
  'fireworksInfo.text':
    'Fireworks need their own notice or permit under explosives law. This registration does not replace it.',

  'steps.veranstalter.title': 'Who is organising the fire?',
  'steps.veranstalter.lead': 'Questions and the municipality’s answer go to the organiser.',
  'organizer.label': 'About the organiser',
  'organizer.type.label': 'Type of organiser',
  'organizer.type.options.verein': 'Registered association',
  'organizer.type.options.feuerwehrFoerderverein': 'Fire brigade or its support association',
  'organizer.type.options.kirchgemeinde': 'Parish',
  'organizer.type.options.ortschaftsratKommune': 'Local council or municipality',
  'organizer.type.options.privatperson': 'Private person',
  'organizer.type.options.unternehmen': 'Company',
  'organizer.type.options.sonstige': 'Another group',
  'organizer.type.required': 'Select who is organising the fire.',
  'organizer.name.label': 'Name of the association, group or company',
  'organizer.name.required': 'Enter the name of the organiser.',
  'organizer.registerNumber.label': 'Register number of the association',
  'organizer.registerNumber.hint':
    'For example VR 1234. You find it in the extract from the register of associations.',
  'organizer.address.label': 'Address of the organiser',
  'organizer.phone.required': 'Enter a phone number for questions.',

  'steps.verantwortlich.title': 'Who is responsible for the fire?',
  'steps.verantwortlich.lead':
    'This person stays on site for the whole fire and can be reached by mobile phone.',
  'responsiblePerson.label': 'Responsible person',
  'responsiblePerson.givenNames.required': 'Enter the given name of the responsible person.',
  'responsiblePerson.familyName.required': 'Enter the family name of the responsible person.',
  'responsiblePerson.birthDate.hint':
    'The person must be at least 18 years old on the day of the fire.',
  'responsiblePerson.birthDate.required': 'Enter the date of birth of the responsible person.',
  'responsiblePerson.birthDate.underage':
    'The responsible person must be at least {minAge} years old on the day of the fire ({fireDate}). Name a person born on or before {latestBirthDate}.',
  'responsiblePerson.address.label': 'Address of the responsible person',
  'responsiblePerson.mobilePhone.label': 'Mobile phone number',
  'responsiblePerson.mobilePhone.hint':
    'We use it to reach the person during the fire, for example 0170 1234567.',
  'responsiblePerson.mobilePhone.required':
    'Enter a mobile number on which the person can be reached during the fire.',
  'responsiblePerson.mobilePhone.invalid_format':
    'Enter a phone number, like 0170 1234567 or +49 170 1234567.',
  'secondSupervisor.label': 'Second supervisor',
  'secondSupervisor.hint':
    'The police ordinance requires two adults who watch the fire at all times.',
  'secondSupervisor.givenNames.required': 'Enter the given name of the second supervisor.',
  'secondSupervisor.familyName.required': 'Enter the family name of the second supervisor.',
  'secondSupervisor.birthDate.hint':
    'The person must be at least 18 years old on the day of the fire.',
  'secondSupervisor.birthDate.required': 'Enter the date of birth of the second supervisor.',
  'secondSupervisor.birthDate.underage':
    'The second supervisor must be at least {minAge} years old on the day of the fire ({fireDate}). Name a person born on or before {latestBirthDate}.',
  'secondSupervisor.mobilePhone.label': 'Mobile phone number',
  'secondSupervisor.mobilePhone.hint': 'For example 0170 1234567.',
  'secondSupervisor.mobilePhone.required': 'Enter the mobile number of the second supervisor.',
  'secondSupervisor.mobilePhone.invalid_format':
    'Enter a phone number, like 0170 1234567 or +49 170 1234567.',

  'steps.ort.title': 'Where will the fire be?',
  'steps.ort.lead': 'Describe the place so that the fire brigade can find it.',
  'locationMode.label': 'How do you give the place?',
  'locationMode.options.adresse': 'With an address',
  'locationMode.options.flurstueck': 'With cadastral district and parcel',
  'locationMode.required': 'Select how you give the place.',
  'site.label': 'About the fire site',
  'site.address.label': 'Address of the fire site',
  'site.gemarkung.label': 'Cadastral district (Gemarkung)',
  'site.gemarkung.hint':
    'Select the cadastral district. It is shown in the land register extract or on the cadastral map.',
  'site.gemarkung.hintText': 'It is shown in the land register extract or on the cadastral map.',
  'site.gemarkung.required': 'Enter the cadastral district.',
  'site.gemarkung.invalid_value': 'Select a cadastral district from the list.',
  'site.flurstueck.label': 'Parcel number (Flurstück)',
  'site.flurstueck.hint': 'For example 123 or 123/4.',
  'site.flurstueck.required': 'Enter the parcel number.',
  'site.flurstueck.invalid_format':
    'Enter the parcel number with digits and at most one slash, like 123/4.',
  'site.description.label': 'Description of the fire site',
  'site.description.hint':
    'For example: meadow behind the fire station, access via the field track.',
  'site.description.required': 'Describe exactly where the fire will be.',
  'site.description.too_long': 'Shorten the description to {maximum} characters or fewer.',
  'site.organizerIsOwner.label':
    'Does the land belong to the organiser, or may the organiser use it?',
  'site.organizerIsOwner.options.ja': 'Yes',
  'site.organizerIsOwner.options.nein': 'No, it belongs to someone else',
  'site.organizerIsOwner.required': 'Select whether the land belongs to the organiser.',
  'site.ownerConsentInfo.text':
    'You need the written consent of the owner. You do not have to upload it here, but you must show it on request.',

  'steps.termin.title': 'When will the fire be?',
  'date.label': 'Date of the fire',
  'date.hint': 'You must register the fire at least {noticeDays} days in advance.',
  'date.required': 'Enter the date of the fire.',
  'date.tooSoon':
    'You must register the fire at least {noticeDays} days in advance. Choose a date on or after {earliestDate}.',
  'startTime.label': 'Start',
  'startTime.hint':
    'In hours and minutes (24-hour clock), for example 19:30. Not before {earliestStart}.',
  'startTime.required': 'Enter the time the fire will be lit.',
  'startTime.invalid_format': 'Enter the time as hours and minutes (24-hour clock), like 19:30.',
  'startTime.tooEarly':
    'The fire may not be lit before {earliestStart}. Enter {earliestStart} or a later time.',
  'endTime.label': 'Expected end',
  'endTime.hint':
    'When will the fire be completely out? For example 23:30. The end may be after midnight, for example 01:00.',
  'endTime.required': 'Enter when the fire is expected to be out.',
  'endTime.invalid_format': 'Enter the time as hours and minutes (24-hour clock), like 23:30.',
  'alternativeDate.label': 'Alternative date',
  'alternativeDate.hint':
    'In case the fire has to be postponed because of the weather or the risk of forest fires.',
  'alternativeDate.tooSoon':
    'The alternative date also needs {noticeDays} days’ notice. Choose a date on or after {earliestDate}, or leave the field empty.',
  'alternativeDate.sameAsDate':
    'The alternative date is the same day as the fire. Choose another day or leave the field empty.',
  'stackingDate.label': 'From when will the wood be stacked?',
  'stackingDate.hint':
    'Stack the wood no more than {maxStackingDaysBefore} days before the fire. Hedgehogs, birds and other animals hide in older piles.',
  'stackingDate.required': 'Enter from when the wood will be stacked.',
  'stackingDate.afterDate':
    'The wood must be stacked before the fire. Enter {fireDate} or an earlier day.',
  'restackConfirmed.label':
    'I will completely restack the wood shortly before lighting it, so that animals can escape.',
  'restackConfirmed.hint': 'The wood lies there longer than allowed. Animals may shelter in it.',
  'restackConfirmed.required':
    'Confirm that you will restack the wood before lighting it, or stack it later.',

  'steps.feuer.title': 'How big will the fire be and what will be burnt?',
  'pileHeightM.label': 'Height of the pile in metres',
  'pileHeightM.hint': 'For example 2.5. The police ordinance allows at most {max} metres.',
  'pileHeightM.required': 'Enter the height of the pile in metres.',
  'pileHeightM.too_small': 'The height must be more than 0. Enter it in metres, like 2.5.',
  'pileHeightM.invalid_type': 'Enter the height as a number, like 2.5.',
  'pileHeightM.aboveMax':
    'The police ordinance allows a pile of at most {max} metres in height. Plan a lower pile. You can still send the registration.',
  'pileDiameterM.label': 'Diameter of the pile in metres',
  'pileDiameterM.hint': 'For example 3. The police ordinance allows at most {max} metres.',
  'pileDiameterM.required': 'Enter the diameter of the pile in metres.',
  'pileDiameterM.too_small': 'The diameter must be more than 0. Enter it in metres, like 3.',
  'pileDiameterM.invalid_type': 'Enter the diameter as a number, like 3.',
  'pileDiameterM.aboveMax':
    'The police ordinance allows a pile of at most {max} metres in diameter. Plan a smaller pile. You can still send the registration.',
  'materials.label': 'What will be burnt?',
  'materials.hint':
    'Waste, treated, painted or impregnated wood, pallets, tyres, bulky waste and fresh green cuttings are forbidden.',
  'materials.options.unbehandeltesHolz': 'Dry, untreated wood',
  'materials.options.baumStrauchschnittTrocken': 'Dry tree and shrub cuttings',
  'materials.options.reisig': 'Brushwood',
  'materials.required': 'Select what will be burnt.',
  'materials.invalid_value':
    'This material is not allowed in your municipality. Select only the materials offered.',
  'noAccelerantsConfirmed.label':
    'I will not use fire accelerants such as petrol, oil or thinners.',
  'noAccelerantsConfirmed.required': 'Confirm that you will not use fire accelerants.',
  'noWasteConfirmed.label': 'I will not burn any waste.',
  'noWasteConfirmed.hint': 'Waste belongs at the recycling centre or in the organic waste bin.',
  'noWasteConfirmed.required': 'Confirm that you will not burn any waste.',

  'steps.sicherheit.title': 'How will you keep the fire safe?',
  'steps.sicherheit.lead': 'Measure the distances from the centre of the pile.',
  'distanceBuildings.label': 'Distance to the nearest building in metres',
  'distanceBuildings.hint': 'At least {min} metres.',
  'distanceBuildings.required': 'Enter the distance to the nearest building in metres.',
  'distanceBuildings.tooClose':
    'The fire is too close to a building. Choose a place at least {min} metres from any building.',
  'distanceResidential.label': 'Distance to the nearest home in metres',
  'distanceResidential.hint': 'At least {min} metres.',
  'distanceResidential.required': 'Enter the distance to the nearest home in metres.',
  'distanceResidential.tooClose':
    'The fire is too close to a home. Choose a place at least {min} metres from any home.',
  'distanceRoads.label': 'Distance to the nearest road in metres',
  'distanceRoads.hint': 'At least {min} metres.',
  'distanceRoads.required': 'Enter the distance to the nearest road in metres.',
  'distanceRoads.tooClose':
    'The fire is too close to a road. Choose a place at least {min} metres from any road.',
  'distanceCombustibles.label': 'Distance to anything that can burn, in metres',
  'distanceCombustibles.hint':
    'For example hedges, woodpiles or straw bales. At least {min} metres.',
  'distanceCombustibles.required': 'Enter the distance to anything that can burn, in metres.',
  'distanceCombustibles.tooClose':
    'The fire is too close to something that can burn. Choose a place at least {min} metres from anything that can burn.',
  'distanceForest.label': 'Distance to the forest in metres',
  'distanceForest.hint':
    'At least {min} metres. Below 100 metres you also need the approval of the lower forestry authority.',
  'distanceForest.required': 'Enter the distance to the forest in metres.',
  'distanceForest.tooClose':
    'The fire is too close to the forest. Choose a place at least {min} metres from the forest.',
  'distanceForest.forestApproval':
    'The fire is less than {approvalDistance} metres from the forest. This needs the approval of the lower forestry authority (section 15 of the Saxon Forest Act). Keep the approval ready. You can still send the registration.',
  'extinguishingMeans.label': 'What can you put the fire out with?',
  'extinguishingMeans.hint': 'Select everything that is ready on site.',
  'extinguishingMeans.options.feuerloescher': 'Fire extinguisher',
  'extinguishingMeans.options.wasserBehaelter': 'Water in containers',
  'extinguishingMeans.options.schlauchanschluss': 'Water hose with a connection',
  'extinguishingMeans.options.sandErde': 'Sand or soil',
  'extinguishingMeans.options.feuerwehrVorOrt': 'The fire brigade is on site',
  'extinguishingMeans.required': 'Select at least one way to put the fire out.',
  'forestFireLevelAck.label':
    'I know that the fire must not burn from forest fire danger level {level}. I will check the level on the day of the fire.',
  'forestFireLevelAck.hint':
    'The current level is published by Sachsenforst, the Saxon state forestry service.',
  'forestFireLevelAck.required':
    'Confirm that you will check the forest fire danger level on the day of the fire.',

  'steps.erklaerungen.title': 'Confirm your details',
  'supervisionConfirmed.label':
    'The fire will be watched at all times until the embers are completely out.',
  'supervisionConfirmed.hint':
    'Check the fire site again afterwards. If there is danger, call the fire brigade on 112 at once. The organiser pays for an avoidable fire brigade call-out.',
  'supervisionConfirmed.required': 'Confirm that the fire will be watched at all times.',

  'summary.pileVolume': 'Amount of wood: about {volume} m³',
  'summary.pileVolumeNote': 'Calculated as a cone from height and diameter.',
  'summary.fee': 'Fee: {fee}',
  'summary.feeNote': 'You pay the fee only once you receive the request for payment.',
  'summary.feeNone': 'The registration is free of charge.',

  'ui.review.lead':
    'Please check everything before you submit the registration. Use “Change” to correct an answer.',
  'ui.nav.submit': 'Submit registration',
  'ui.confirmation.title': 'Your registration has been sent',
  'ui.confirmation.nextText':
    'Handling your registration: {office}. Please quote your reference number if you get in touch.',
  'fields.privacyNotice.text': 'Your answers are only used to process this registration.',
  'ui.submit.sending': 'Sending your registration …',
  'ui.submit.failedTitle': 'Your registration could not be sent',
  'ui.submit.rejected': 'The registration was not accepted. Please contact {office}.',
  'ui.submit.tooLarge': 'The registration is too large. Please shorten long texts.',
  'ui.submit.mismatch':
    'This registration was already sent with different answers. Please download your answers and contact {office}.',
  'ui.config.title': 'This registration cannot be shown right now',
  'ui.config.loading': 'Loading the registration …',
};

export const messages: Record<Lang, Messages> = { de, en };
