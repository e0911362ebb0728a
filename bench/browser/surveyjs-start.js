// Renders the comparison form (window.benchSurveyJson, from /surveyjs/form.js) with SurveyJS.
/* global Survey */
const survey = new Survey.Model(window.benchSurveyJson);
survey.render(document.getElementById('survey'));
