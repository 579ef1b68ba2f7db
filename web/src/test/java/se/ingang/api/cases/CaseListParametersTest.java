package se.ingang.api.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import se.ingang.api.problems.InvalidRequestException;
import se.ingang.api.problems.Problem.FieldError;
import se.ingang.cases.boundary.CaseQuery;
import se.ingang.cases.entity.CaseStatus;

class CaseListParametersTest {

    @Test
    void noParametersMeansNewestFirstPageOfTwentyFive() {
        var query = new CaseListParameters().toQuery();

        assertThat(query).isEqualTo(new CaseQuery(null, null, null, null, CaseQuery.Sort.NEWEST, 0, 25));
    }

    @Test
    void assigneeMeIsTheCaller() {
        var parameters = new CaseListParameters();
        parameters.assignee = "me";
        assertThat(parameters.toQuery("eva").assignee()).isEqualTo("eva");
        parameters.assignee = "david";
        assertThat(parameters.toQuery("eva").assignee()).isEqualTo("david");
    }

    @Test
    void filtersAreTakenAsGivenAndEmptyOnesIgnored() {
        var parameters = new CaseListParameters();
        parameters.queue = "BO-IT";
        parameters.status = "in_progress";
        parameters.assignee = "";
        parameters.customerEmail = " a@example.org ";
        parameters.sort = "PRIORITY";
        parameters.page = "2";
        parameters.size = "200";

        assertThat(parameters.toQuery()).isEqualTo(new CaseQuery("BO-IT", CaseStatus.IN_PROGRESS, null,
                "a@example.org", CaseQuery.Sort.PRIORITY, 2, 200));
    }

    @Test
    void everyBadParameterIsReportedAtOnce() {
        var parameters = new CaseListParameters();
        parameters.status = "OPEN";
        parameters.sort = "RANDOM";
        parameters.page = "-1";
        parameters.size = "lots";

        var thrown = catchThrowableOfType(InvalidRequestException.class, parameters::toQuery);

        assertThat(thrown.errors()).extracting(FieldError::field).containsExactly("status", "sort", "page", "size");
        assertThat(thrown.errors().get(0).message()).contains("NEW", "CLOSED");
        assertThat(thrown.errors().get(3).message()).isEqualTo("must be a whole number from 1 to 200");
    }

    @Test
    void sizeAboveTheMaximumIsRefused() {
        var parameters = new CaseListParameters();
        parameters.size = "201";

        var thrown = catchThrowableOfType(InvalidRequestException.class, parameters::toQuery);

        assertThat(thrown.errors()).containsExactly(new FieldError("size", "must be a whole number from 1 to 200"));
    }
}
